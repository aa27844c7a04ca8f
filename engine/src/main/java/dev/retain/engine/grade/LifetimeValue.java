package dev.retain.engine.grade;

/**
 * The customer-lifetime-value estimate (docs/value-grading.md):
 * <pre>
 *   CLV = Σ_{t=1..T} monthly value × margin × s^t / (1 + d)^t,   s = (1 − p)^(1/H),   d = (1 + annual rate)^(1/12) − 1
 * </pre>
 * p is the churn score (the probability of being lost within the churn horizon H months), so s is the
 * chance of staying one more month; T is the lifetime horizon in months. Summed in closed form.
 *
 * @param margin           the share of revenue that is contribution (0–1)
 * @param annualDiscount   the yearly discount rate (0.08 = 8 %)
 * @param horizonMonths    T, how many months ahead are counted
 * @param churnHorizonMonths H, the horizon of the churn score
 */
public record LifetimeValue(double margin, double annualDiscount, int horizonMonths, int churnHorizonMonths) {

    public LifetimeValue {
        if (!(margin >= 0 && margin <= 1)) throw new IllegalArgumentException("margin must be 0–1, not " + margin);
        if (!(annualDiscount >= 0 && annualDiscount < 10)) throw new IllegalArgumentException("discount rate out of range: " + annualDiscount);
        if (horizonMonths < 1 || churnHorizonMonths < 1) throw new IllegalArgumentException("horizons must be at least one month");
    }

    /** The estimate in fen for a monthly value in fen and a churn score p (clamped to 0–1). */
    public long fen(long monthlyValueFen, double churnScore) {
        double p = Double.isNaN(churnScore) ? 0 : Math.max(0, Math.min(1, churnScore));
        double stay = Math.pow(1 - p, 1.0 / churnHorizonMonths);
        double q = stay / monthlyDiscountFactor();
        return Math.round(monthlyValueFen * margin * annuity(q, horizonMonths));
    }

    /** 1 + d, the monthly discount factor of the yearly rate. */
    private double monthlyDiscountFactor() {
        return Math.pow(1 + annualDiscount, 1.0 / 12);
    }

    /** Σ_{t=1..T} q^t; T when q is 1 (no churn, no discount). */
    static double annuity(double q, int months) {
        if (q == 0) return 0;
        if (Math.abs(1 - q) < 1e-12) return months;
        return q * (1 - Math.pow(q, months)) / (1 - q);
    }
}
