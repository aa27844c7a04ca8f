package dev.retain.app.cycle.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At startup: a run left "running" or "queued" by a stopped application that no scheduled
 * execution will resume or start (a synchronous run) is recorded as failed rather than shown
 * running for ever, or holding up the runs queued after it. Only
 * while no cycle holds the cycle lock: otherwise a run is really going on, maybe on another
 * instance, and nothing is touched.
 */
@Component
class InterruptedRuns {

    private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);

    private final CycleRuns runs;
    private final CycleExecution execution;
    private final MonthlyCycleJob job;

    InterruptedRuns(CycleRuns runs, CycleExecution execution, MonthlyCycleJob job) {
        this.runs = runs;
        this.execution = execution;
        this.job = job;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        boolean checked = execution.whileNoCycleRuns(() -> {
            int failed = runs.failInterrupted(job::isScheduled);
            if (failed > 0) log.warn("{} cycle run(s) interrupted by a stop recorded as failed", failed);
        });
        if (!checked) log.info("a cycle is running; interrupted runs are checked at the next start");
    }
}
