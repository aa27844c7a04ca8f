package dev.retain.app.cycle.internal;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.engine.cycle.CycleRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.locks.ReentrantLock;
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
 */
@Component
public class CycleExecution {

    private static final Logger log = LoggerFactory.getLogger(CycleExecution.class);

    private final CycleRuns runs;
    private final ProvinceExport export;
    private final CycleResults results;
    private final RetentionSettings settings;
    // one cycle at a time in this application: two would fight over the same rows
    private final ReentrantLock oneAtATime = new ReentrantLock();

    CycleExecution(CycleRuns runs, ProvinceExport export, CycleResults results, RetentionSettings settings) {
        this.runs = runs;
        this.export = export;
        this.results = results;
        this.settings = settings;
    }

    /** Runs the queued run {@code runId} for {@code month}; never throws, the outcome is on the row. */
    public void execute(long runId, YearMonth month) {
        oneAtATime.lock();
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
            CycleRunner runner = new CycleRunner(settings.cycleSettings(), settings.rules(), progress);
            export.export(runner.usageMonths(month), runner.callPeerMonths(month), in, true, progress);
            long t1 = System.nanoTime();

            runner.run(month, in, out, in.resolve(ProvinceExport.PREVIOUS_ASSIGNMENTS));
            long t2 = System.nanoTime();

            progress.phase("load", 0, 1);
            CycleResults.Applied applied = results.apply(month, out);
            long t3 = System.nanoTime();

            runs.succeeded(runId, withAppTimings(Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8),
                    t1 - t0, t2 - t1, t3 - t2));
            log.info("cycle {} (run {}): export {} ms, engine {} ms, load {} ms; {}", month, runId, (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, applied);
        } catch (RuntimeException | IOException | Error e) {
            log.warn("cycle {} (run {}) failed: {}", month, runId, e.toString());
            runs.failed(runId, message(e));
            if (e instanceof Error error) throw error;
        } finally {
            oneAtATime.unlock();
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
