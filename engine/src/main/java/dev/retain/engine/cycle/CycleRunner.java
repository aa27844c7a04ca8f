package dev.retain.engine.cycle;

import dev.retain.engine.csv.ContractFileReader;
import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.load.PreviousAssignments;
import dev.retain.engine.load.Province;
import dev.retain.engine.load.ProvinceLoader;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.RuleSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The monthly cycle from files to files: load and validate the inputs, compute, write the
 * four outputs. The closed month {@code m} is SPEC R2.2's M-1, {@code m-1} its M-2, and
 * {@code m-2} is read too, for last month's zones (migration matrix, churn base rates).
 */
public final class CycleRunner {

    private final CycleSettings settings;
    private final RuleSet rules;
    private final Progress progress;

    public CycleRunner(CycleSettings settings, RuleSet rules, Progress progress) {
        this.settings = settings;
        this.rules = rules;
        this.progress = progress;
    }

    /** segments.csv (one row per subscriber) on one core, the other files on another. */
    private static void writeFiles(CycleOutcome outcome, Path dir) throws IOException {
        CompletableFuture<Void> segments = CompletableFuture.runAsync(() -> {
            try {
                CycleFiles.writeSegments(outcome, dir.resolve(CycleFiles.SEGMENTS));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            CycleFiles.writeTasks(outcome, dir.resolve(CycleFiles.TASKS));
            CycleFiles.writeAssignments(outcome, dir.resolve(CycleFiles.ASSIGNMENTS));
        } finally {
            try {
                segments.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
                throw e;
            }
        }
    }

    public CycleReport run(YearMonth month, Path inDir, Path outDir, Path previousAssignments) throws IOException {
        Timings timings = new Timings();
        try (OutputDirectory out = new OutputDirectory(outDir)) {
            try {
                LoadedMonth loaded = LoadedMonth.load(new ProvinceLoader(inDir, out.staging(), settings.maxRejectRate(), progress), month);
                Province province = loaded.province();
                PreviousAssignments previous = previousAssignments == null ? PreviousAssignments.none()
                        : PreviousAssignments.read(previousAssignments, new ContractFileReader(out.staging(), settings.maxRejectRate()));
                timings.lap("load");

                CycleOutcome outcome = new CycleComputation(settings, rules, progress).compute(province, loaded.months(), previous, timings);

                progress.update("write", 0, 4);
                writeFiles(outcome, out.staging());
                timings.lap("write");
                List<FileLoad> loads = new ArrayList<>(province.loads());
                if (previous.load() != null) loads.add(previous.load());
                CycleSummary summary = CycleSummary.of(outcome, rules, loads, timings);
                summary.content().put("total_ms", timings.totalMillis());
                Files.writeString(out.staging().resolve(CycleFiles.SUMMARY), summary.toJson(), StandardCharsets.UTF_8);
                out.publishAll();
                progress.update("write", 4, 4);
                return new CycleReport(summary, province.subscribers().size(), timings.totalMillis(), outDir);
            } catch (RuntimeException | IOException e) {
                out.publishRejectsOnly();
                throw e;
            }
        }
    }
}
