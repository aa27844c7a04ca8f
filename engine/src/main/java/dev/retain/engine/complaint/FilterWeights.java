package dev.retain.engine.complaint;

import java.util.EnumMap;
import java.util.Map;

/**
 * The admin's filter: a weight (0..100) per principle, the score (0..100) from which a complaint must be
 * solved, the score below which it may be deferred, the bill (yuan a month) that counts as full return,
 * the repeats that count as full and the repeat window in days.
 */
public record FilterWeights(Map<Principle, Double> weights, double mustSolveFrom, double deferBelow, double fullValueBill,
                            int fullRepeats, int repeatWindowDays) {

    public FilterWeights {
        weights = Map.copyOf(new EnumMap<>(weights));
        for (Principle p : Principle.values()) {
            Double w = weights.get(p);
            if (w == null) throw new IllegalArgumentException("weight." + p.code() + ": missing");
            if (!(w >= 0 && w <= 100)) throw new IllegalArgumentException("weight." + p.code() + ": must be between 0 and 100, not " + w);
        }
        if (weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw new IllegalArgumentException("weight: at least one principle needs a weight above 0");
        }
        if (!(deferBelow >= 0 && deferBelow <= mustSolveFrom && mustSolveFrom <= 100)) {
            throw new IllegalArgumentException("threshold: need 0 <= defer below (" + deferBelow + ") <= must solve from ("
                    + mustSolveFrom + ") <= 100");
        }
        if (!(fullValueBill > 0)) throw new IllegalArgumentException("full_value_bill: must be above 0, not " + fullValueBill);
        if (fullRepeats < 1) throw new IllegalArgumentException("full_repeats: must be at least 1, not " + fullRepeats);
        if (repeatWindowDays < 1 || repeatWindowDays > 366) {
            throw new IllegalArgumentException("repeat_window_days: must be between 1 and 366, not " + repeatWindowDays);
        }
    }

    /** The shipped defaults: value and class count most, the window is 004's month. */
    public static FilterWeights defaults() {
        Map<Principle, Double> w = new EnumMap<>(Principle.class);
        w.put(Principle.RETURN_ON_INVESTMENT, 25.0);
        w.put(Principle.CUSTOMER_CLASS, 25.0);
        w.put(Principle.AREA_IMPORTANCE, 15.0);
        w.put(Principle.REPEAT_COUNT, 20.0);
        w.put(Principle.COMPETITION, 15.0);
        return new FilterWeights(w, 60, 30, 200, 3, 30);
    }

    public double weight(Principle p) {
        return weights.get(p);
    }
}
