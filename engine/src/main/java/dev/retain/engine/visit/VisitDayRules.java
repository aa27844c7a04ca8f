package dev.retain.engine.visit;

/**
 * How a visit day is planned: travel at a city speed, {@code serviceMinutes} at each customer, at most
 * {@code maxVisitsPerVisitor} visits a visitor, and a lunch break of {@code lunchMinutes} starting
 * between {@code lunchEarliest} and {@code lunchLatest}. Times are minutes after midnight.
 */
public record VisitDayRules(CitySpeed speed, double serviceMinutes, int maxVisitsPerVisitor, double lunchEarliest, double lunchLatest,
                            double lunchMinutes) {

    public VisitDayRules {
        if (!(serviceMinutes > 0)) throw new IllegalArgumentException("serviceMinutes must be > 0, was " + serviceMinutes);
        if (maxVisitsPerVisitor < 1) throw new IllegalArgumentException("maxVisitsPerVisitor must be ≥ 1, was " + maxVisitsPerVisitor);
        if (lunchLatest < lunchEarliest) throw new IllegalArgumentException("lunchLatest is before lunchEarliest");
        if (lunchMinutes < 0) throw new IllegalArgumentException("lunchMinutes must be ≥ 0, was " + lunchMinutes);
    }
}
