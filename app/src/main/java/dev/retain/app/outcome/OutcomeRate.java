package dev.retain.app.outcome;

/**
 * What became of a group of customers the month after they were worked: {@code measured} of them with a known next
 * month, {@code active} still there (a segment row, neither white nor left), {@code better} active and in a better zone
 * than before (blue is best, white worst; outside the zones is no better). {@code pending}
 * were worked in a month whose next cycle has not run yet: they are in no share.
 */
public record OutcomeRate(long measured, long active, long better, long pending) {

    public static final OutcomeRate NONE = new OutcomeRate(0, 0, 0, 0);

    /** Share still active, 0 … 1; 0 when nothing was measured. */
    public double activeShare() {
        return measured == 0 ? 0 : (double) active / measured;
    }

    public double betterShare() {
        return measured == 0 ? 0 : (double) better / measured;
    }

    /** Lost: measured and no longer active (white, or gone). */
    public long lost() {
        return measured - active;
    }

    public OutcomeRate plus(OutcomeRate other) {
        return new OutcomeRate(measured + other.measured, active + other.active, better + other.better, pending + other.pending);
    }
}
