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
}
