package dev.retain.synth;

import dev.retain.engine.value.Brand;
import dev.retain.engine.value.Tier;

/**
 * Who the subscribers are, as probabilities: tier by brand and group membership by brand
 * and tier. The profile sampler draws from these tables and the manager roster and group
 * directory size themselves from their expectations, so all three agree without a first pass.
 */
final class PopulationMix {

    // Tables by brand and tier follow the engine enums' order: GoTone, M-Zone, Easyown; diamond, gold, silver, none.
    // Diamond, gold, silver per brand; GoTone is the premium brand so it holds most cards.
    private static final double[][] TIER_CHANCE = {
            {0.040, 0.130, 0.250},
            {0.002, 0.020, 0.090},
            {0.002, 0.014, 0.046},
    };

    private static final double[] GROUP_BY_TIER = {0.35, 0.30, 0.25, 0.14};
    // Business lines are mostly GoTone; students (M-Zone) rarely belong to a company account.
    private static final double[] GROUP_BY_BRAND = {1.4, 0.5, 1.0};

    /**
     * Share of tier-none subscribers who are high-value in a typical month (measured on
     * generated data); they are served by phone managers (SPEC R3.2).
     */
    static final double HIGH_VALUE_WITHOUT_CARD = 0.10;

    private PopulationMix() {
    }

    /** Share of the base on each brand. */
    static double brandShare(Brand brand) {
        return switch (brand) {
            case GOTONE -> 0.20;
            case MZONE -> 0.30;
            case EASYOWN -> 0.50;
        };
    }

    static double tierChance(Brand brand, Tier tier) {
        double[] cards = TIER_CHANCE[brand.ordinal()];
        return tier == Tier.NONE ? 1 - cards[0] - cards[1] - cards[2] : cards[tier.ordinal()];
    }

    static double groupChance(Brand brand, Tier tier) {
        return GROUP_BY_TIER[tier.ordinal()] * GROUP_BY_BRAND[brand.ordinal()];
    }

    /** Expected share of subscribers in an enterprise group. */
    static double groupShare() {
        double share = 0;
        for (Brand b : Brand.values()) {
            for (Tier t : Tier.values()) {
                share += brandShare(b) * tierChance(b, t) * groupChance(b, t);
            }
        }
        return share;
    }

    /** Expected share of subscribers routed to a customer manager: diamond, gold, silver in a group. */
    static double customerManagerShare() {
        double share = 0;
        for (Brand b : Brand.values()) {
            share += brandShare(b) * (tierChance(b, Tier.DIAMOND) + tierChance(b, Tier.GOLD)
                    + tierChance(b, Tier.SILVER) * groupChance(b, Tier.SILVER));
        }
        return share;
    }

    /** Expected share routed to a phone manager: silver without a group and high-value subscribers without a card. */
    static double phoneManagerShare() {
        double share = 0;
        for (Brand b : Brand.values()) {
            share += brandShare(b) * (tierChance(b, Tier.SILVER) * (1 - groupChance(b, Tier.SILVER))
                    + tierChance(b, Tier.NONE) * HIGH_VALUE_WITHOUT_CARD);
        }
        return share;
    }
}
