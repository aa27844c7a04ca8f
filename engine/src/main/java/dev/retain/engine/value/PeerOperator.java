package dev.retain.engine.value;

/** Operator of a call peer; CMCC is our own network, the rest are competitors. */
public enum PeerOperator {
    CMCC, UNICOM, TELECOM, OTHER;

    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    /** The contract's lower-case code, computed once: it is written for every row. */
    public String code() {
        return code;
    }

    public static PeerOperator parse(String code) {
        return CodeLookup.of(PeerOperator.class, code);
    }

    public boolean isCompetitor() {
        return this != CMCC;
    }
}
