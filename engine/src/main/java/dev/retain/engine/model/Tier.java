package dev.retain.engine.model;

/** VIP card (SPEC glossary). Ordered from the highest card down. */
public enum Tier {
    DIAMOND, GOLD, SILVER, NONE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Tier parse(String code) {
        return CodeLookup.of(Tier.class, code);
    }

    public boolean isVip() {
        return this != NONE;
    }
}
