package dev.retain.engine.alert;

import dev.retain.engine.value.Months;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Objects;

/**
 * One subscriber's billing month so far: the plan it is measured against (the subscriber's plan at
 * its latest event), the usage, and the thresholds that have already raised their alert (each once).
 */
public final class MonthTally {

    private final int month;
    private final String planId;
    private final UsageTotals usage;
    private final int[] fired; // threshold codes, ascending

    MonthTally(int month, String planId, UsageTotals usage, int[] fired) {
        this.month = month;
        this.planId = Objects.requireNonNull(planId, "planId");
        this.usage = Objects.requireNonNull(usage, "usage");
        this.fired = fired;
    }

    static MonthTally fresh(YearMonth month, String planId) {
        return new MonthTally(Months.index(month), planId, UsageTotals.NONE, new int[0]);
    }

    public YearMonth month() {
        return Months.fromIndex(month);
    }

    int monthIndex() {
        return month;
    }

    public String planId() {
        return planId;
    }

    public UsageTotals usage() {
        return usage;
    }

    /** Whether this threshold ({@link Thresholds}) already raised its alert this month. */
    boolean hasFired(int threshold) {
        return Arrays.binarySearch(fired, threshold) >= 0;
    }

    int[] firedCodes() {
        return fired.clone();
    }

    MonthTally with(String plan, UsageTotals totals) {
        return new MonthTally(month, plan, totals, fired);
    }

    MonthTally withFired(int threshold) {
        if (hasFired(threshold)) return this;
        int[] more = Arrays.copyOf(fired, fired.length + 1);
        more[fired.length] = threshold;
        Arrays.sort(more);
        return new MonthTally(month, planId, usage, more);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonthTally t && t.month == month && t.planId.equals(planId) && t.usage.equals(usage)
                && Arrays.equals(t.fired, fired);
    }

    @Override
    public int hashCode() {
        return Objects.hash(month, planId, usage, Arrays.hashCode(fired));
    }

    @Override
    public String toString() {
        return "MonthTally[" + month() + ", " + planId + ", " + usage + ", fired=" + Arrays.toString(fired) + "]";
    }
}
