package dev.retain.app.outcome;

import java.time.YearMonth;
import java.util.List;

/**
 * The months a closed-loop report looks at: the work months (a task's cycle month, the month before a contact) whose
 * next month has a cycle — {@code measured} — and the newest work month, whose next cycle has not run yet, when
 * there is one ({@code pending}, its counts only).
 */
public record ClosedLoopWindow(List<YearMonth> measured, YearMonth pending) {

    public boolean isEmpty() {
        return measured.isEmpty() && pending == null;
    }

    /** The month after the newest measured month: the newest cycle the report reads. */
    public YearMonth lastOutcomeMonth() {
        return measured.isEmpty() ? null : measured.get(0).plusMonths(1);
    }
}
