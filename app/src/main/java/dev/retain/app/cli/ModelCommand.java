package dev.retain.app.cli;

import dev.retain.engine.csv.CsvWriter;
import dev.retain.engine.csv.InputFileException;
import dev.retain.engine.ml.BoostSettings;
import dev.retain.engine.ml.BoostedTrees;
import dev.retain.engine.ml.LogisticBaseline;
import dev.retain.engine.ml.ModelVersion;
import dev.retain.engine.ml.TunedTraining;
import dev.retain.engine.ml.tabular.CrossValidation;
import dev.retain.engine.ml.tabular.CrossValidation.FoldResult;
import dev.retain.engine.ml.tabular.CrossValidation.Spread;
import dev.retain.engine.ml.tabular.Labels;
import dev.retain.engine.ml.tabular.RawTable;
import dev.retain.engine.ml.tabular.TabularEncoding;
import dev.retain.engine.ml.tabular.TabularModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * {@code retain model train | score | evaluate}: the churn model on any customer-level CSV
 * (bring your own data). Bad files exit 2 with the file, line and column; wrong usage 64.
 */
final class ModelCommand {

    static final Set<String> TRAIN_OPTIONS = Set.of("csv", "label", "positive", "id", "out", "seed");
    static final Set<String> SCORE_OPTIONS = Set.of("model", "csv", "out");
    static final Set<String> EVALUATE_OPTIONS = Set.of("csv", "label", "positive", "id", "folds", "train-rows", "drop-duplicates", "seed");

    private ModelCommand() {
    }

    static int run(String[] args, PrintStream out) throws IOException {
        if (args.length < 2) throw new UsageException("model: say train, score or evaluate");
        String sub = args[1];
        String name = "model " + sub;
        return switch (sub) {
            case "train" -> train(new Options(name, args, 2, TRAIN_OPTIONS), out);
            case "score" -> score(new Options(name, args, 2, SCORE_OPTIONS), out);
            case "evaluate" -> evaluate(new Options(name, args, 2, EVALUATE_OPTIONS), out);
            default -> throw new UsageException("model: unknown subcommand '" + sub + "' (train, score or evaluate)");
        };
    }

    static int train(Options o, PrintStream out) throws IOException {
        Path csv = o.path("csv");
        String label = o.required("label");
        Path dir = o.path("out");
        long start = System.nanoTime();
        RawTable t = RawTable.read(csv);
        Labels labels = Labels.of(t, label, o.text("positive", null));
        String id = o.text("id", null);
        if (id != null) t.requireColumn(id, "id");
        out.println(header("model train", t, labels));
        BoostSettings settings = BoostSettings.defaults().withSeed(o.number("seed", 7));
        TabularModel.Trained tr = TabularModel.train(t, labels.rows(), labels.values(), labels.column(), id, settings);
        out.println("  encoding: " + tr.model().encoding().describe());
        for (String n : tr.notices()) out.println("  notice: " + n);
        for (TunedTraining.Candidate c : tr.tuning().candidates()) {
            out.printf(Locale.ROOT, "  depth %d: best after %d rounds, inner hold-out log-loss %.4f, AUC %.4f%s%n", c.maxDepth(), c.bestIteration() + 1,
                    c.validLogLoss(), c.validAuc(), c.equals(tr.tuning().chosen()) ? "  ← chosen" : "");
        }
        out.printf(Locale.ROOT, "  inner hold-out (%,d rows): XGBoost %s; logistic baseline %s%n", tr.tuning().validRows().length,
                tr.validMetrics().summary(), tr.baselineValidMetrics().summary());
        Files.createDirectories(dir);
        TabularModel.save(tr, dir, csv.getFileName().toString(), labels.positive(), Instant.now().toString());
        double seconds = seconds(start);
        out.printf(Locale.ROOT, "trained on %,d rows (%,d features, depth %d, %d rounds) in %.1f s (%,.0f rows/s) into %s: %s, %s, %s, %s%n",
                tr.rows(), tr.model().trees().featureNames().size(), tr.tuning().chosen().maxDepth(), tr.model().trees().bestIteration() + 1,
                seconds, tr.rows() / Math.max(seconds, 1e-9), dir, BoostedTrees.FILE, LogisticBaseline.FILE, TabularEncoding.FILE, ModelVersion.FILE);
        return 0;
    }

    static int score(Options o, PrintStream out) throws IOException {
        Path dir = o.path("model");
        Path csv = o.path("csv");
        Path target = o.path("out");
        long start = System.nanoTime();
        if (!Files.isDirectory(dir)) throw new InputFileException(dir.toString(), "model folder not found");
        TabularModel model = TabularModel.load(dir);
        RawTable t = RawTable.read(csv);
        int[] rows = new int[t.size()];
        for (int i = 0; i < rows.length; i++) rows[i] = i;
        TabularModel.Scored s = model.score(t, rows);
        for (String n : s.notices()) out.println("  notice: " + n);
        String idColumn = model.encoding().idColumn();
        int id = idColumn == null ? -1 : t.column(idColumn);
        if (target.toAbsolutePath().getParent() != null) Files.createDirectories(target.toAbsolutePath().getParent());
        try (CsvWriter w = new CsvWriter(target, "id", "score")) {
            for (int r = 0; r < rows.length; r++) {
                if (id >= 0 && t.cell(r, id) != null) w.field(t.cell(r, id));
                else w.field(r + 1);
                w.fixed(Math.round(s.scores()[r] * 1e6), 6);
                w.endRow();
            }
        }
        double seconds = seconds(start);
        out.printf(Locale.ROOT, "scored %,d rows of %s with %s in %.1f s (%,.0f rows/s) into %s (id = %s)%n", rows.length, csv.getFileName(), dir,
                seconds, rows.length / Math.max(seconds, 1e-9), target, id >= 0 ? "column '" + t.header().get(id) + "'" : "the row number");
        return 0;
    }

    static int evaluate(Options o, PrintStream out) throws IOException {
        Path csv = o.path("csv");
        String label = o.required("label");
        long folds = o.number("folds", 5);
        long trainRows = o.number("train-rows", 0);
        if (folds < 2 || folds > 100) throw new UsageException("model evaluate: --folds must be between 2 and 100");
        long start = System.nanoTime();
        RawTable t = RawTable.read(csv);
        String dedup = "";
        if (o.flag("drop-duplicates")) {
            int before = t.size();
            t = t.withoutDuplicates();
            dedup = String.format(Locale.ROOT, " (%,d exact duplicate rows dropped of %,d)", before - t.size(), before);
        }
        Labels labels = Labels.of(t, label, o.text("positive", null));
        String id = o.text("id", null);
        if (id != null) t.requireColumn(id, "id");
        CrossValidation.Protocol p = new CrossValidation.Protocol((int) folds, (int) trainRows, o.number("seed", 7));
        out.println(header("model evaluate", t, labels) + dedup);
        out.println("  encoding (all rows; each fold fits its own on its training part): "
                + TabularEncoding.fit(t, labels.rows(), labels.column(), id).describe());
        out.println("  protocol: " + p.describe() + "; inside each training part a 20 % hold-out picks the depth (of "
                + TunedTraining.DEPTHS + ") and the rounds, then the trees are refit on the whole part");
        out.println("  fold   train    test  positives  depth  rounds   XGB AUC  XGB lift  base AUC  base lift  seconds");
        List<FoldResult> results = CrossValidation.run(t, labels, id, p, BoostSettings.defaults(), r -> out.printf(Locale.ROOT,
                "  %4d  %6d  %6d  %9d  %5d  %6d  %8.4f  %8.3f  %8.4f  %9.3f  %7.1f%n",
                r.fold(), r.trainRows(), r.testRows(), r.testPositives(), r.depth(), r.rounds(), r.xgbAuc(), r.xgbLift(), r.baseAuc(), r.baseLift(), r.seconds()));
        String spreadNote = results.size() > 1 ? "mean ± sd over " + results.size() + " folds" : "one test set, no spread";
        out.println("  " + spreadNote + ":");
        out.println("                       AUC                Gini               top-decile lift");
        out.println("  XGBoost            " + cells(results, FoldResult::xgbAuc, FoldResult::xgbGini, FoldResult::xgbLift));
        out.println("  logistic baseline  " + cells(results, FoldResult::baseAuc, FoldResult::baseGini, FoldResult::baseLift));
        double seconds = seconds(start);
        out.printf(Locale.ROOT, "evaluated %d %s of %,d rows in %.1f s%n", results.size(), results.size() > 1 ? "folds" : "split", labels.rows().length, seconds);
        return 0;
    }

    private static String cells(List<FoldResult> rs, ToDoubleFunction<FoldResult> auc, ToDoubleFunction<FoldResult> gini, ToDoubleFunction<FoldResult> lift) {
        return cell(rs, auc, 4) + cell(rs, gini, 4) + cell(rs, lift, 3);
    }

    private static String cell(List<FoldResult> rs, ToDoubleFunction<FoldResult> f, int decimals) {
        Spread s = Spread.of(rs.stream().mapToDouble(f).toArray());
        String text = rs.size() > 1
                ? String.format(Locale.ROOT, "%." + decimals + "f ± %." + decimals + "f", s.mean(), s.sd())
                : String.format(Locale.ROOT, "%." + decimals + "f", s.mean());
        return String.format(Locale.ROOT, "%-19s", text);
    }

    private static String header(String command, RawTable t, Labels labels) {
        long positives = labels.positives();
        int n = labels.rows().length;
        return String.format(Locale.ROOT, "%s: %s: %,d rows, label '%s' = '%s' (%,d positive, %.1f %%)%s", command, t.file(), n, labels.column(),
                labels.positive(), positives, 100.0 * positives / n, labels.blank() > 0 ? "; " + labels.blank() + " rows with a blank label left out" : "");
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
