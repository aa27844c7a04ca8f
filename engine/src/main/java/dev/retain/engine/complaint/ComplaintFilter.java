package dev.retain.engine.complaint;

import dev.retain.engine.value.Tier;
import java.util.EnumMap;
import java.util.Map;

/**
 * 004's filter step: each principle scores 0..1, the weighted mean is scaled to 0..100 and compared with
 * the admin's thresholds. Contributions are each principle's share of that total, so they add up to the
 * score the handler sees.
 */
public final class ComplaintFilter {

    private ComplaintFilter() {
    }

    public static FilterResult score(FilterInput in, FilterWeights w) {
        Map<Principle, Double> raw = new EnumMap<>(Principle.class);
        raw.put(Principle.RETURN_ON_INVESTMENT, Math.min(1.0, in.monthlyBill() / w.fullValueBill()));
        raw.put(Principle.CUSTOMER_CLASS, classScore(in.tier()));
        raw.put(Principle.AREA_IMPORTANCE, in.areaWeight());
        raw.put(Principle.REPEAT_COUNT, Math.min(1.0, in.repeatCount() / (double) w.fullRepeats()));
        raw.put(Principle.COMPETITION, in.competitorShare());
        double totalWeight = 0;
        for (Principle p : Principle.values()) totalWeight += w.weight(p);
        Map<Principle, Double> contributions = new EnumMap<>(Principle.class);
        double score = 0;
        for (Principle p : Principle.values()) {
            double c = 100.0 * w.weight(p) * raw.get(p) / totalWeight;
            contributions.put(p, c);
            score += c;
        }
        return new FilterResult(score, contributions, placementOf(score, w));
    }

    /** Must solve from the upper threshold (inclusive), defer below the lower one, regular between. */
    public static Placement placementOf(double score, FilterWeights w) {
        if (score >= w.mustSolveFrom()) return Placement.MUST_SOLVE;
        if (score < w.deferBelow()) return Placement.DEFER;
        return Placement.REGULAR;
    }

    /** Diamond is the full class score, no card (or unknown) none. */
    static double classScore(Tier tier) {
        if (tier == null) return 0;
        return switch (tier) {
            case DIAMOND -> 1.0;
            case GOLD -> 0.7;
            case SILVER -> 0.4;
            case NONE -> 0.0;
        };
    }
}
