package dev.retain.engine.cycle;

import dev.retain.engine.grade.ValueGrading;
import dev.retain.engine.value.Tier;
import dev.retain.engine.zone.ZoneRule;

/** The cycle's per-subscriber results as parallel arrays, one slot per subscriber position. */
final class SegmentColumns {

    private static final ZoneRule[] RULES = ZoneRule.values();
    private static final Tier[] TIERS = Tier.values();

    final byte[] tier;
    final boolean[] tierFromRules;
    final byte[] zoneRule;
    final byte[] previousZoneRule;
    final double[] churnScore;
    final long[] valueAtRiskFen;
    final long[] monthlyValueFen;
    final long[] ruleMask;
    /** Value grading (null until graded): RFM scores 1–5, 0 for those who left; lifetime value in fen. */
    ValueGrading.Result value;

    SegmentColumns(int n) {
        tier = new byte[n];
        tierFromRules = new boolean[n];
        zoneRule = new byte[n];
        previousZoneRule = new byte[n];
        churnScore = new double[n];
        valueAtRiskFen = new long[n];
        monthlyValueFen = new long[n];
        ruleMask = new long[n];
    }

    ZoneRule zone(int i) {
        return RULES[zoneRule[i]];
    }

    ZoneRule previousZone(int i) {
        return RULES[previousZoneRule[i]];
    }

    Tier tier(int i) {
        return TIERS[tier[i]];
    }

    int size() {
        return tier.length;
    }
}
