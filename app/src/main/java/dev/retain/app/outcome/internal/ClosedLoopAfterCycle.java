package dev.retain.app.outcome.internal;

import dev.retain.app.cycle.CycleCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The cycle of month m+1 judges the work of month m: after it committed (the durable {@link CycleCompleted}), month
 * m's closed-loop figures are written anew. A second delivery writes the same rows again.
 */
@Component
class ClosedLoopAfterCycle {

    private final ClosedLoopMonths months;

    ClosedLoopAfterCycle(ClosedLoopMonths months) {
        this.months = months;
    }

    @ApplicationModuleListener(id = "outcome.after-cycle")
    void on(CycleCompleted completed) {
        months.refresh(completed.month().minusMonths(1));
    }
}
