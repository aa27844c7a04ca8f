package dev.retain.engine.tier;

import dev.retain.engine.value.Brand;
import dev.retain.engine.value.Tier;
import java.util.EnumSet;
import java.util.List;

/**
 * Computes a tier when the export has none: the first rule that matches, highest card
 * first; no match is {@link Tier#NONE}. The mean bill is over the months the cycle reads.
 */
public record TierRules(List<TierRule> rules) {

    public static final TierRules DEFAULTS = new TierRules(List.of(
            new TierRule(Tier.DIAMOND, 100000, 36, EnumSet.allOf(Brand.class)),
            new TierRule(Tier.GOLD, 50000, 24, EnumSet.allOf(Brand.class)),
            new TierRule(Tier.SILVER, 18800, 12, EnumSet.allOf(Brand.class))));

    public TierRules {
        rules = List.copyOf(rules);
    }

    public Tier tierFor(long meanBillFen, int tenureMonths, Brand brand) {
        for (TierRule rule : rules) {
            if (rule.matches(meanBillFen, tenureMonths, brand)) return rule.tier();
        }
        return Tier.NONE;
    }
}
