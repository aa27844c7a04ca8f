package dev.retain.app.cycle;

import dev.retain.app.cycle.internal.CycleExecution;
import dev.retain.app.cycle.internal.CycleRuns;
import dev.retain.app.cycle.internal.MonthlyCycleJob;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The monthly cycle over the database (SPEC R2–R4): queue a run for the background worker,
 * or run one now and wait for it (the demo command). Either way its progress and outcome
 * are on a {@link CycleRun}.
 */
@Service
public class CycleService {

    private final CycleRuns runs;
    private final MonthlyCycleJob job;
    private final CycleExecution execution;

    CycleService(CycleRuns runs, MonthlyCycleJob job, CycleExecution execution) {
        this.runs = runs;
        this.job = job;
        this.execution = execution;
    }

    /**
     * Queues the cycle of {@code month}; returns at once with the queued run, which runs in the
     * background once no other cycle runs (on any instance).
     */
    public CycleRun request(YearMonth month, String username) {
        CycleRun run = runs.queue(month, username);
        job.schedule(run.id(), month);
        return run;
    }

    /**
     * Runs the cycle of {@code month} in this thread, after any cycle running now (on any
     * instance) has finished, and returns the finished run (succeeded or failed).
     */
    public CycleRun runNow(YearMonth month, String username) {
        CycleRun run = runs.queue(month, username);
        execution.execute(run.id(), month);
        return runs.find(run.id()).orElseThrow();
    }

    public Optional<CycleRun> find(long id) {
        return runs.find(id);
    }

    /** Newest first. */
    public List<CycleRun> recent(int limit) {
        return runs.recent(limit);
    }

    /** The newest month with usage in the database: what a supervisor most likely wants to run. */
    public Optional<YearMonth> latestUsageMonth() {
        return runs.latestUsageMonth();
    }

    /** The newest month a cycle succeeded for. */
    public Optional<YearMonth> latestCycleMonth() {
        return runs.latestSucceededMonth();
    }
}
