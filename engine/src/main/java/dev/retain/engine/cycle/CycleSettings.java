package dev.retain.engine.cycle;

import dev.retain.engine.grade.LifetimeValue;
import dev.retain.engine.tier.TierRules;
import dev.retain.engine.zone.ZoneThresholds;

/**
 * The knobs of a cycle: zone thresholds (R2.2), tier rules (R2.1), the churn horizon used
 * for value at risk, the default manager capacities (R3.1), the calls a phone manager makes in
 * a month (the K of the churn model's precision@K), the reject tolerance and the lifetime-value
 * estimate's margin, yearly discount rate and horizon (docs/value-grading.md). Their keys and
 * ranges are in {@link CycleSettingKeys}; {@link SettingsLoader} reads them.
 */
public record CycleSettings(ZoneThresholds zones, TierRules tiers, int horizonMonths, int customerManagerCapacity,
                            int phoneManagerCapacity, int callsPerPhoneManager, double maxRejectRate,
                            double valueMargin, double valueDiscountRate, int valueHorizonMonths) {

    /** The same settings with another reject tolerance (the CLI's --max-reject-rate). */
    public CycleSettings withMaxRejectRate(double rate) {
        if (!(rate >= 0 && rate <= 1)) throw new IllegalArgumentException("the reject rate must be between 0 and 1, not " + rate);
        return new CycleSettings(zones, tiers, horizonMonths, customerManagerCapacity, phoneManagerCapacity, callsPerPhoneManager, rate,
                valueMargin, valueDiscountRate, valueHorizonMonths);
    }

    /** The same settings with other zone thresholds (the rules dry run's A, M, C). */
    public CycleSettings withZones(ZoneThresholds thresholds) {
        return new CycleSettings(thresholds, tiers, horizonMonths, customerManagerCapacity, phoneManagerCapacity, callsPerPhoneManager,
                maxRejectRate, valueMargin, valueDiscountRate, valueHorizonMonths);
    }

    /** retain-defaults.properties as values (a test keeps the two equal). */
    public static final CycleSettings DEFAULTS = new CycleSettings(ZoneThresholds.DEFAULTS, TierRules.DEFAULTS, 2, 500, 6000, 300, 0.01,
            0.5, 0.08, 36);

    /** The lifetime-value estimate of these settings; the churn score's horizon is the cycle's. */
    public LifetimeValue lifetimeValue() {
        return new LifetimeValue(valueMargin, valueDiscountRate, valueHorizonMonths, horizonMonths);
    }
}
