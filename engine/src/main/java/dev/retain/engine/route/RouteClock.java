package dev.retain.engine.route;

/**
 * The one rule for a day's timing, shared by both planners, the solver's shadow variables and the final plan, so all
 * agree on when things happen. Service starts at max(arrival, readyTime). Lunch is taken where the visitor stands,
 * before driving on, at the first moment it costs nothing (it fits in a wait for the next window) or when putting it off
 * past the next visit would start it after its latest start; if it is still due after the last visit it is taken at the
 * end point (or before the drive back, when arriving there would be too late to start it).
 */
public final class RouteClock {

    private RouteClock() {
    }

    /**
     * One drive to a stop and its service. {@code lunchStart} is NaN unless lunch is taken just before this drive;
     * {@code lunchBehind} says whether lunch has been taken on this leg or an earlier one.
     */
    public record Leg(double lunchStart, double arrival, double start, double end, boolean lunchBehind) {

        public boolean lunchOnThisLeg() {
            return !Double.isNaN(lunchStart);
        }
    }

    /** The drive back: lunch start (NaN unless taken now), arrival at the end point, and when the shift is done. */
    public record Return(double lunchStart, double arrival, double endTime) {

        public boolean lunchOnThisLeg() {
            return !Double.isNaN(lunchStart);
        }
    }

    /**
     * @param lunch       the shift's lunch, or null when it has none
     * @param lunchBehind whether lunch was already taken
     * @param free        when the visitor may leave the current place
     * @param travel      the drive to the stop
     */
    public static Leg toStop(Break lunch, boolean lunchBehind, double free, double travel, Stop stop) {
        double arrival = free + travel;
        double start = Math.max(arrival, stop.readyTime());
        if (lunch != null && !lunchBehind) {
            double lunchStart = Math.max(free, lunch.earliestStart());
            double arrivalAfterLunch = lunchStart + lunch.duration() + travel;
            double startAfterLunch = Math.max(arrivalAfterLunch, stop.readyTime());
            boolean costsNothing = startAfterLunch <= start;
            boolean laterIsTooLate = start + stop.serviceTime() > lunch.latestStart();
            if (costsNothing || laterIsTooLate) {
                return new Leg(lunchStart, arrivalAfterLunch, startAfterLunch, startAfterLunch + stop.serviceTime(), true);
            }
        }
        return new Leg(Double.NaN, arrival, start, start + stop.serviceTime(), lunchBehind);
    }

    /** The drive back to the end point after at least one visit (an unused shift has no return and no lunch). */
    public static Return toEnd(Break lunch, boolean lunchBehind, double free, double travel) {
        double arrival = free + travel;
        if (lunch == null || lunchBehind) return new Return(Double.NaN, arrival, arrival);
        if (arrival <= lunch.latestStart()) {
            double lunchStart = Math.max(arrival, lunch.earliestStart());
            return new Return(lunchStart, arrival, lunchStart + lunch.duration());
        }
        double lunchStart = Math.max(free, lunch.earliestStart());
        double back = lunchStart + lunch.duration() + travel;
        return new Return(lunchStart, back, back);
    }
}
