package dev.retain.engine.value;

/** VIP card (SPEC glossary). Ordered from the highest card down. */
public enum Tier {
    DIAMOND, GOLD, SILVER, NONE;

    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    /** The contract's lower-case code, computed once: it is written for every row. */
    public String code() {
        return code;
    }

    public static Tier parse(String code) {
        return CodeLookup.of(Tier.class, code);
    }

    public boolean isVip() {
        return this != NONE;
    }
}
