package dev.retain.engine.model;

/** Operator of a call peer; CMCC is our own network, the rest are competitors. */
public enum PeerOperator {
    CMCC, UNICOM, TELECOM, OTHER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PeerOperator parse(String code) {
        return CodeLookup.of(PeerOperator.class, code);
    }

    public boolean isCompetitor() {
        return this != CMCC;
    }
}
