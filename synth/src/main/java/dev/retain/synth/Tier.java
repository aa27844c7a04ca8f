package dev.retain.synth;

/** VIP card tiers, from the top. */
enum Tier {
    DIAMOND("diamond"),
    GOLD("gold"),
    SILVER("silver"),
    NONE("none");

    final String code;

    Tier(String code) {
        this.code = code;
    }

    /** Diamond and gold always get a customer manager; silver only inside a group (SPEC R3.2). */
    boolean needsCustomerManager(boolean inGroup) {
        return this == DIAMOND || this == GOLD || (this == SILVER && inGroup);
    }
}
