package dev.retain.engine.ml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Gradient-boosted trees for a yes/no label (XGBoost4J, {@code binary:logistic}). Feature
 * names are always passed to XGBoost and inputs are matched to them by name. Early
 * stopping watches the log-loss of the validation set; the rounds after the best one are
 * kept in the booster but never used: every prediction stops at {@link #bestIteration()}.
 */
public final class BoostedTrees {

    /** The XGBoost model file inside a model directory (XGBoost's own JSON format). */
    public static final String FILE = "xgboost.json";

    private static final String BEST_ITERATION = "retain_best_iteration";
    private static final String SETTINGS = "retain_settings";

    private final Booster booster;
    private final List<String> featureNames;
    private final int bestIteration;
    private final BoostSettings settings;

    private BoostedTrees(Booster booster, List<String> featureNames, int bestIteration, BoostSettings settings) {
        this.booster = booster;
        this.featureNames = List.copyOf(featureNames);
        this.bestIteration = bestIteration;
        this.settings = settings;
    }

    /**
     * Trains on {@code train}; when {@code valid} is given, stops once its log-loss has not
     * improved for {@code s.earlyStoppingRounds()} rounds. Without a validation set it runs
     * {@code s.maxRounds()} rounds. Labels are 0 or 1.
     */
    public static BoostedTrees train(FeatureMatrix train, float[] trainLabels, FeatureMatrix valid, float[] validLabels, BoostSettings s) {
        checkLabels(train, trainLabels, "training");
        if (train.rows() == 0) throw new IllegalArgumentException("no training rows");
        if (train.cols() == 0) throw new IllegalArgumentException("no feature columns to train on");
        FeatureMatrix v = null;
        if (valid != null) {
            checkLabels(valid, validLabels, "validation");
            v = valid.columnsInOrder(train.names());
            if (v.rows() == 0) v = null;
        }
        DMatrix dtrain = null;
        DMatrix dvalid = null;
        try {
            dtrain = dmatrix(train);
            dtrain.setLabel(trainLabels);
            Map<String, Object> params = params(s, train.rows());
            if (v != null) {
                dvalid = dmatrix(v);
                dvalid.setLabel(validLabels);
            }
            // zero rounds: XGBoost only builds the booster over both matrices; the loop below does the rounds
            Booster booster = XGBoost.train(dtrain, params, 0, dvalid == null ? Map.of() : Map.of("valid", dvalid), null, null);
            int best = s.maxRounds() - 1;
            if (v == null) {
                for (int iter = 0; iter < s.maxRounds(); iter++) booster.update(dtrain, iter);
            } else {
                DMatrix[] evals = {dvalid};
                String[] evalNames = {"valid"};
                float[] metric = new float[1];
                double bestLoss = Double.POSITIVE_INFINITY;
                best = 0;
                for (int iter = 0; iter < s.maxRounds(); iter++) {
                    booster.update(dtrain, iter);
                    booster.evalSet(evals, evalNames, iter, metric);
                    if (metric[0] < bestLoss - 1e-7) {
                        bestLoss = metric[0];
                        best = iter;
                    } else if (s.earlyStoppingRounds() > 0 && iter - best >= s.earlyStoppingRounds()) {
                        break;
                    }
                }
            }
            booster.setAttr(BEST_ITERATION, Integer.toString(best));
            booster.setAttr(SETTINGS, ModelJson.write(s));
            return new BoostedTrees(booster, train.names(), best, s);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost: " + e.getMessage(), e);
        } finally {
            if (dtrain != null) dtrain.dispose();
            if (dvalid != null) dvalid.dispose();
        }
    }

    /** Below this many rows per thread, more native threads cost more in OpenMP overhead than they gain. */
    static final int ROWS_PER_THREAD = 20_000;

    static Map<String, Object> params(BoostSettings s, int rows) {
        Map<String, Object> p = new HashMap<>();
        p.put("objective", "binary:logistic");
        p.put("eval_metric", "logloss");
        p.put("tree_method", "hist");
        p.put("eta", s.eta());
        p.put("max_depth", s.maxDepth());
        p.put("subsample", s.subsample());
        p.put("colsample_bytree", s.colsampleByTree());
        p.put("min_child_weight", s.minChildWeight());
        p.put("lambda", s.lambda());
        p.put("seed", s.seed());
        p.put("verbosity", 0);
        // threads 0 = sized to the data: small tables train on one thread, which is as fast and does not
        // collapse when the machine is busy (OpenMP threads spin while they wait for each other)
        int threads = s.threads() > 0 ? s.threads()
                : Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), rows / ROWS_PER_THREAD));
        p.put("nthread", threads);
        return p;
    }

    /** P(label = 1) for each row; columns are matched by name to the training names. */
    public float[] predict(FeatureMatrix m) {
        DMatrix d = null;
        try {
            d = dmatrix(m.columnsInOrder(featureNames));
            float[][] p = booster.predict(d, false, bestIteration + 1);
            float[] out = new float[m.rows()];
            for (int i = 0; i < out.length; i++) out[i] = p[i][0];
            return out;
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost: " + e.getMessage(), e);
        } finally {
            if (d != null) d.dispose();
        }
    }

    /**
     * SHAP contributions per row in log-odds, from XGBoost itself: {@code cols + 1} values,
     * one per feature in {@link #featureNames()}'s order and the bias last; each row sums to
     * the row's log-odds.
     */
    public float[][] contributions(FeatureMatrix m) {
        DMatrix d = null;
        try {
            d = dmatrix(m.columnsInOrder(featureNames));
            return booster.predictContrib(d, bestIteration + 1);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost: " + e.getMessage(), e);
        } finally {
            if (d != null) d.dispose();
        }
    }

    /** The 0-based round with the best validation log-loss; predictions use rounds 0..bestIteration. */
    public int bestIteration() {
        return bestIteration;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    /** The settings it was trained with. */
    public BoostSettings settings() {
        return settings;
    }

    /** Writes {@value #FILE} (XGBoost's JSON model with the feature names, best iteration and settings) into {@code dir}. */
    public void save(Path dir) {
        try {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(dir.resolve(FILE))) {
                booster.saveModel(out, "json");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        } catch (XGBoostError e) {
            throw new IllegalStateException("XGBoost: " + e.getMessage(), e);
        }
    }

    public static BoostedTrees load(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": no XGBoost model here");
        try (InputStream in = Files.newInputStream(file)) {
            Booster b = XGBoost.loadModel(in);
            String[] names = b.getFeatureNames();
            if (names == null || names.length == 0) throw new IllegalArgumentException(file + ": the model has no feature names");
            String best = b.getAttr(BEST_ITERATION);
            int bestIteration = best != null ? Integer.parseInt(best) : b.getNumBoostedRound() - 1;
            String settings = b.getAttr(SETTINGS);
            BoostSettings s = settings == null ? null : ModelJson.read(settings, BoostSettings.class);
            return new BoostedTrees(b, List.of(names), bestIteration, s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (XGBoostError e) {
            throw new IllegalArgumentException(file + ": not an XGBoost model (" + e.getMessage() + ")", e);
        }
    }

    /**
     * An independent copy of the model. XGBoost4J serialises every prediction on one Booster
     * (its predict is synchronized), so threads that predict side by side each need their own.
     */
    public BoostedTrees copy() {
        try {
            Booster b = XGBoost.loadModel(booster.toByteArray("ubj"));
            b.setParam("nthread", 1); // its thread is the caller's: no OpenMP team per copy
            return new BoostedTrees(b, featureNames, bestIteration, settings);
        } catch (XGBoostError | IOException e) {
            throw new IllegalStateException("XGBoost: cannot copy the model: " + e.getMessage(), e);
        }
    }

    /** Frees the native model now (a copy's, once its thread is done) instead of at garbage collection. */
    public void dispose() {
        booster.dispose();
    }

    private static DMatrix dmatrix(FeatureMatrix m) throws XGBoostError {
        DMatrix d = new DMatrix(m.values(), m.rows(), m.cols(), Float.NaN);
        d.setFeatureNames(m.names().toArray(String[]::new));
        return d;
    }

    static void checkLabels(FeatureMatrix m, float[] labels, String what) {
        if (labels == null || labels.length != m.rows()) {
            throw new IllegalArgumentException(what + ": " + (labels == null ? 0 : labels.length) + " labels for " + m.rows() + " rows");
        }
        for (float y : labels) {
            if (y != 0f && y != 1f) throw new IllegalArgumentException(what + ": labels must be 0 or 1, found " + y);
        }
    }
}
