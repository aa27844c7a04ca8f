package dev.retain.engine.ml.tabular;

import dev.retain.engine.ml.BoostSettings;
import dev.retain.engine.ml.FeatureMatrix;
import dev.retain.engine.ml.Folds;
import dev.retain.engine.ml.Metrics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code retain model evaluate}: the whole training procedure ({@link TabularModel#train}:
 * encoding, depth and rounds, refit, baseline) repeated on each training part and scored on
 * the rows it never saw — stratified k-fold, or the first N rows against the rest.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /** How the rows are split. {@code trainRows} > 0: train on the file's first N data rows, test on the rest; else k folds. */
    public record Protocol(int folds, int trainRows, long seed) {
        public String describe() {
            return trainRows > 0 ? "train on the first " + trainRows + " data rows, test on the rest" : "stratified " + folds + "-fold cross-validation, seed " + seed;
        }
    }

    /** One test part's figures for the trees (xgb) and the baseline (base). */
    public record FoldResult(int fold, int trainRows, int testRows, long testPositives, int depth, int rounds,
            double xgbAuc, double xgbLift, double baseAuc, double baseLift, double seconds) {
        public double xgbGini() {
            return 2 * xgbAuc - 1;
        }

        public double baseGini() {
            return 2 * baseAuc - 1;
        }
    }

    public static List<FoldResult> run(RawTable t, Labels labels, String idColumn, Protocol p, BoostSettings settings, Consumer<FoldResult> each) {
        int n = labels.rows().length;
        List<int[][]> splits = new ArrayList<>(); // positions into labels: {train, test}
        if (p.trainRows() > 0) {
            List<Integer> a = new ArrayList<>();
            List<Integer> b = new ArrayList<>();
            for (int i = 0; i < n; i++) (labels.rows()[i] < p.trainRows() ? a : b).add(i);
            if (a.isEmpty() || b.isEmpty()) {
                throw new IllegalArgumentException("--train-rows " + p.trainRows() + " leaves no " + (a.isEmpty() ? "training" : "test") + " rows (the file has " + t.size() + " data rows)");
            }
            splits.add(new int[][] {a.stream().mapToInt(Integer::intValue).toArray(), b.stream().mapToInt(Integer::intValue).toArray()});
        } else {
            int[] fold = Folds.stratified(labels.values(), p.folds(), p.seed());
            for (int f = 0; f < p.folds(); f++) splits.add(new int[][] {Folds.rows(fold, f, false), Folds.rows(fold, f, true)});
        }
        List<FoldResult> results = new ArrayList<>();
        BoostSettings s = settings.withSeed(p.seed());
        for (int f = 0; f < splits.size(); f++) {
            long start = System.nanoTime();
            int[] train = splits.get(f)[0];
            int[] test = splits.get(f)[1];
            float[] yTrain = FeatureMatrix.pick(labels.values(), train);
            float[] yTest = FeatureMatrix.pick(labels.values(), test);
            TabularModel.Trained tr = TabularModel.train(t, tableRows(labels, train), yTrain, labels.column(), idColumn, s);
            TabularModel m = tr.model();
            FeatureMatrix xTest = m.encoding().apply(t, tableRows(labels, test)).matrix();
            float[] xgb = m.trees().predict(xTest);
            float[] base = m.baseline().predict(xTest);
            long positives = 0;
            for (float y : yTest) positives += (long) y;
            FoldResult r = new FoldResult(f + 1, train.length, test.length, positives, tr.tuning().chosen().maxDepth(), m.trees().bestIteration() + 1,
                    Metrics.auc(xgb, yTest), Metrics.topDecileLift(xgb, yTest), Metrics.auc(base, yTest), Metrics.topDecileLift(base, yTest),
                    (System.nanoTime() - start) / 1e9);
            results.add(r);
            each.accept(r);
        }
        return results;
    }

    private static int[] tableRows(Labels labels, int[] positions) {
        int[] out = new int[positions.length];
        for (int i = 0; i < positions.length; i++) out[i] = labels.rows()[positions[i]];
        return out;
    }

    /** Mean and sample standard deviation (0 for a single value). */
    public record Spread(double mean, double sd) {
        public static Spread of(double[] v) {
            double m = 0;
            for (double x : v) m += x;
            m /= v.length;
            double ss = 0;
            for (double x : v) ss += (x - m) * (x - m);
            return new Spread(m, v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : 0);
        }
    }
}
