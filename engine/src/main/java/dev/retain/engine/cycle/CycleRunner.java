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
import java.time.Clock;
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

    /** Where the cycle writes the churn model it trained: a folder beside the four outputs. */
    public static final String CHURN_MODEL_DIR = "churn-model";

    private final CycleSettings settings;
    private final RuleSet rules;
    private final Progress progress;
    private final ChurnModelSource churnModel;
    private final Clock clock;

    public CycleRunner(CycleSettings settings, RuleSet rules, Progress progress) {
        this(settings, rules, progress, ChurnModelSource.DEFAULT, Clock.systemUTC());
    }

    private CycleRunner(CycleSettings settings, RuleSet rules, Progress progress, ChurnModelSource churnModel, Clock clock) {
        this.settings = settings;
        this.rules = rules;
        this.progress = progress;
        this.churnModel = churnModel;
        this.clock = clock;
    }

    /** The same cycle with its churn scores from {@code source} (default: a model trained on the province's history). */
    public CycleRunner withChurnModel(ChurnModelSource source) {
        return new CycleRunner(settings, rules, progress, source, clock);
    }

    /** The usage months this cycle reads for {@code month} (its three, and the churn model's history). */
    public List<YearMonth> usageMonths(YearMonth month) {
        return new ChurnStep(churnModel, settings, clock).usageMonths(month);
    }

    /** The months whose call peers this cycle reads for {@code month}. */
    public List<YearMonth> callPeerMonths(YearMonth month) {
        return new ChurnStep(churnModel, settings, clock).peerMonths(month);
    }

    public CycleRunner withClock(Clock clock) {
        return new CycleRunner(settings, rules, progress, churnModel, clock);
    }

    /** segments.csv and facts.csv (a row per subscriber) on a core each, the other files on a third. */
    private static void writeFiles(CycleOutcome outcome, Path dir) throws IOException {
        CompletableFuture<Void> segments = CompletableFuture.runAsync(() -> write(() -> CycleFiles.writeSegments(outcome, dir.resolve(CycleFiles.SEGMENTS))));
        CompletableFuture<Void> facts = CompletableFuture.runAsync(() -> write(() -> FactsFile.write(outcome, dir.resolve(CycleFiles.FACTS))));
        try {
            CycleFiles.writeTasks(outcome, dir.resolve(CycleFiles.TASKS));
            CycleFiles.writeAssignments(outcome, dir.resolve(CycleFiles.ASSIGNMENTS));
        } finally {
            try {
                CompletableFuture.allOf(segments, facts).join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
                throw e;
            }
        }
    }

    private interface FileWrite {
        void run() throws IOException;
    }

    private static void write(FileWrite write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the folder's model files (model.json, xgboost.json); without a model (history too short) removes them. */
    private static void saveModel(ChurnResult model, Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
        }
        if (!model.hasModel()) {
            Files.deleteIfExists(dir);
            return;
        }
        Files.createDirectories(dir);
        model.model().save(dir);
    }

    public CycleReport run(YearMonth month, Path inDir, Path outDir, Path previousAssignments) throws IOException {
        Timings timings = new Timings();
        try (OutputDirectory out = new OutputDirectory(outDir)) {
            try {
                ChurnStep churn = new ChurnStep(churnModel, settings, clock);
                LoadedMonth loaded = churn.load(new ProvinceLoader(inDir, out.staging(), settings.maxRejectRate(), progress), month);
                Province province = loaded.province();
                PreviousAssignments previous = previousAssignments == null ? PreviousAssignments.none()
                        : PreviousAssignments.read(previousAssignments, new ContractFileReader(out.staging(), settings.maxRejectRate()));
                timings.lap("load");

                progress.update("churn model", 0, 1);
                ChurnResult model = churn.model(loaded);
                timings.lap("churn_model");

                CycleOutcome outcome = new CycleComputation(settings, rules, progress).compute(province, loaded.months(), previous, model, timings);

                progress.update("write", 0, 4);
                writeFiles(outcome, out.staging());
                timings.lap("write");
                List<FileLoad> loads = new ArrayList<>(province.loads());
                if (previous.load() != null) loads.add(previous.load());
                CycleSummary summary = CycleSummary.of(outcome, rules, loads, timings);
                summary.content().put("total_ms", timings.totalMillis());
                Files.writeString(out.staging().resolve(CycleFiles.SUMMARY), summary.toJson(), StandardCharsets.UTF_8);
                out.publishAll();
                // a model trained now is saved beside the outputs; one left from an earlier run must not pass for this month's
                if (churnModel instanceof ChurnModelSource.Train) saveModel(model, outDir.resolve(CHURN_MODEL_DIR));
                progress.update("write", 4, 4);
                return new CycleReport(summary, province.subscribers().size(), timings.totalMillis(), outDir);
            } catch (RuntimeException | IOException e) {
                out.publishRejectsOnly();
                throw e;
            }
        }
    }
}
