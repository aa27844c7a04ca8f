package dev.retain.app.cycle.internal;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.core.locks.ClusterLock;
import dev.retain.app.core.locks.ClusterLocks;
import dev.retain.engine.cycle.CycleRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One run of the monthly cycle over the database: export the month's inputs, run the
 * engine on them, apply its outputs in one transaction, and record every step on the
 * run's row. A failure at any step is recorded on the row and changes no data.
 *
 * <p>One cycle at a time across every instance: a run holds the PostgreSQL advisory lock
 * {@value #LOCK} (core's {@link ClusterLocks}: a session lock on a connection of its own, since
 * the run spans several transactions; released by PostgreSQL if the instance dies). Two cycles
 * at once would fight over the same segments, tasks and assignments.
 */
@Component
public class CycleExecution {

    private static final Logger log = LoggerFactory.getLogger(CycleExecution.class);
    static final String LOCK = "retain.cycle";
    private static final Duration WAIT_STEP = Duration.ofSeconds(1);

    /** What {@link #executeIfFree} did. */
    enum Attempt {
        /** The run ran (or was no longer queued): its outcome is on its row. */
        RAN,
        /** Another cycle holds the lock, or a run queued earlier has not started yet: nothing was done, the run is still queued. */
        BUSY
    }

    private final CycleRuns runs;
    private final ProvinceExport export;
    private final CycleResults results;
    private final RetentionSettings settings;
    private final ClusterLocks locks;
    private final Clock clock;

    CycleExecution(CycleRuns runs, ProvinceExport export, CycleResults results, RetentionSettings settings, ClusterLocks locks,
                   Clock clock) {
        this.runs = runs;
        this.export = export;
        this.results = results;
        this.settings = settings;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * Runs the queued run {@code runId} for {@code month}, after waiting for any other cycle to
     * finish; never throws, the outcome is on the row.
     */
    public void execute(long runId, YearMonth month) {
        while (executeIfFree(runId, month) == Attempt.BUSY) {
            try {
                Thread.sleep(WAIT_STEP.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.warn("cycle {} (run {}) interrupted while waiting for another cycle", month, runId, e);
                runs.failed(runId, "interrupted while waiting for another cycle to finish");
                return;
            }
        }
    }

    /**
     * Runs the queued run now if no other cycle runs anywhere and no run queued before it is still
     * waiting; otherwise does nothing and says {@link Attempt#BUSY}.
     */
    Attempt executeIfFree(long runId, YearMonth month) {
        Optional<ClusterLock> lock;
        try {
            lock = locks.tryAcquire(LOCK);
        } catch (RuntimeException e) {
            log.warn("cycle {} (run {}): cannot take the cycle lock", month, runId, e);
            runs.failed(runId, "cannot take the cycle lock: " + message(e));
            return Attempt.RAN;
        }
        if (lock.isEmpty()) return Attempt.BUSY;
        try (ClusterLock held = lock.get()) {
            // queued runs start in the order they were queued: an import's months run oldest first (month m's
            // cycle keeps m-1's managers), and /cycles lists runs in the order they ran
            if (runs.queuedBefore(runId)) return Attempt.BUSY;
            run(runId, month);
        }
        return Attempt.RAN;
    }

    /** Runs {@code work} holding the cycle lock, so no cycle starts meanwhile; false (not run) when a cycle is running. */
    boolean whileNoCycleRuns(Runnable work) {
        Optional<ClusterLock> lock = locks.tryAcquire(LOCK);
        if (lock.isEmpty()) return false;
        try (ClusterLock held = lock.get()) {
            work.run();
        }
        return true;
    }

    private void run(long runId, YearMonth month) {
        Path work = null;
        try {
            if (!runs.start(runId)) {
                log.info("cycle run {} is no longer queued; not running it again", runId);
                return;
            }
            ThrottledProgress progress = new ThrottledProgress(runs, runId);
            long t0 = System.nanoTime();
            work = Files.createTempDirectory("retain-cycle-" + month + "-");
            Path in = Files.createDirectories(work.resolve("in"));
            Path out = work.resolve("out");
            // the engine says which months it reads: its three, and the churn model's history
            CycleRunner runner = new CycleRunner(settings.cycleSettings(), settings.rules(), progress).withClock(clock);
            export.export(runner.usageMonths(month), runner.callPeerMonths(month), in, true, progress);
            long t1 = System.nanoTime();

            runner.run(month, in, out, in.resolve(ProvinceExport.PREVIOUS_ASSIGNMENTS));
            long t2 = System.nanoTime();

            progress.phase("load", 0, 1);
            CycleResults.Applied applied = results.apply(month, out);
            long t3 = System.nanoTime();

            runs.succeeded(runId, month, withAppTimings(Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8),
                    t1 - t0, t2 - t1, t3 - t2));
            log.info("cycle {} (run {}): export {} ms, engine {} ms, load {} ms; {}", month, runId, (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, applied);
        } catch (RuntimeException | IOException | Error e) {
            log.warn("cycle {} (run {}) failed", month, runId, e);
            runs.failed(runId, message(e));
            if (e instanceof Error error) throw error;
        } finally {
            if (work != null) FileSystemUtils.deleteRecursively(work.toFile());
        }
    }

    /** The engine's summary.json plus how long the app's own steps took around it. */
    private static String withAppTimings(String summaryJson, long exportNanos, long engineNanos, long loadNanos) {
        ObjectNode summary = (ObjectNode) JsonMapper.shared().readTree(summaryJson);
        ObjectNode app = summary.putObject("app_timings_ms");
        app.put("export", exportNanos / 1_000_000);
        app.put("engine", engineNanos / 1_000_000);
        app.put("load", loadNanos / 1_000_000);
        return JsonMapper.shared().writeValueAsString(summary);
    }

    private static String message(Throwable e) {
        Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
