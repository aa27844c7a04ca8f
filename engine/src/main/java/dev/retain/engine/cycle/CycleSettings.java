package dev.retain.engine.cycle;

import dev.retain.engine.tier.TierRules;
import dev.retain.engine.zone.ZoneThresholds;

/**
 * The knobs of a cycle: zone thresholds (R2.2), tier rules (R2.1), the churn horizon used
 * for value at risk, the default manager capacities (R3.1) and the reject tolerance.
 */
public record CycleSettings(ZoneThresholds zones, TierRules tiers, int horizonMonths, int customerManagerCapacity,
                            int phoneManagerCapacity, double maxRejectRate) {

    /** The same settings with another reject tolerance (the CLI's --max-reject-rate). */
    public CycleSettings withMaxRejectRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) throw new IllegalArgumentException("the reject rate must be between 0 and 1, not " + rate);
        return new CycleSettings(zones, tiers, horizonMonths, customerManagerCapacity, phoneManagerCapacity, rate);
    }

    /** The same settings with other zone thresholds (the admin's A, M, C). */
    public CycleSettings withZones(ZoneThresholds thresholds) {
        return new CycleSettings(thresholds, tiers, horizonMonths, customerManagerCapacity, phoneManagerCapacity, maxRejectRate);
    }

    public static final CycleSettings DEFAULTS = new CycleSettings(ZoneThresholds.DEFAULTS, TierRules.DEFAULTS, 2, 500, 6000, 0.01);
}
