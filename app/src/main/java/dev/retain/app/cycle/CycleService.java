package dev.retain.app.cycle;

import dev.retain.app.cycle.internal.CycleExecution;
import dev.retain.app.cycle.internal.CycleRuns;
import dev.retain.app.cycle.internal.MonthlyCycleJob;
import java.time.Duration;
import java.time.Instant;
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

    private static final Duration AWAIT_STEP = Duration.ofMillis(500);

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

    /** The newest run's id (0 when none): what {@link #awaitQueuedAfter} counts from. */
    public long newestRunId() {
        return runs.newestId();
    }

    /**
     * Waits until a run of {@code month} queued after run {@code afterRunId} has finished, and
     * every run queued before it (they start in the order queued): the cycles an import queued
     * in the background, for a caller that must not go on before they are done (the demo).
     * Returns the runs queued after {@code afterRunId} that have finished, oldest first.
     *
     * @throws java.util.concurrent.TimeoutException when they have not finished within {@code timeout}
     */
    public List<CycleRun> awaitQueuedAfter(long afterRunId, YearMonth month, Duration timeout)
            throws InterruptedException, java.util.concurrent.TimeoutException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<CycleRun> after = runs.queuedAfter(afterRunId);
            int last = -1;
            for (int i = 0; i < after.size(); i++) {
                if (after.get(i).month().equals(month)) last = i;
            }
            List<CycleRun> upToIt = last < 0 ? List.of() : after.subList(0, last + 1);
            if (last >= 0 && upToIt.stream().allMatch(CycleRun::finished)) return upToIt;
            if (Instant.now().isAfter(deadline)) {
                throw new java.util.concurrent.TimeoutException("the cycle of " + month + " has not finished within " + timeout);
            }
            Thread.sleep(AWAIT_STEP.toMillis());
        }
    }

    /** Waits while any run is queued or running (the demo's restart: cycles its first start left queued). */
    public void awaitNoneUnfinished(Duration timeout) throws InterruptedException, java.util.concurrent.TimeoutException {
        Instant deadline = Instant.now().plus(timeout);
        while (runs.anyUnfinished()) {
            if (Instant.now().isAfter(deadline)) throw new java.util.concurrent.TimeoutException("cycles still queued or running after " + timeout);
            Thread.sleep(AWAIT_STEP.toMillis());
        }
    }

    public Optional<CycleRun> find(long id) {
        return runs.find(id);
    }

    /** Newest first by when they were queued, which is also the order they start in. */
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
