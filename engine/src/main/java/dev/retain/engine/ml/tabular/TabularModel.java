package dev.retain.engine.ml.tabular;

import dev.retain.engine.ml.BoostSettings;
import dev.retain.engine.ml.BoostedTrees;
import dev.retain.engine.ml.FeatureMatrix;
import dev.retain.engine.ml.LogisticBaseline;
import dev.retain.engine.ml.ModelMetrics;
import dev.retain.engine.ml.ModelVersion;
import dev.retain.engine.ml.TunedTraining;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A churn model for any customer-level CSV ("bring your own data"): the encoding learnt
 * from the file, the boosted trees chosen by {@link TunedTraining}, the logistic baseline.
 * A model directory holds {@value TabularEncoding#FILE}, {@value BoostedTrees#FILE},
 * {@value LogisticBaseline#FILE} and {@value ModelVersion#FILE}.
 */
public record TabularModel(TabularEncoding encoding, BoostedTrees trees, LogisticBaseline baseline) {

    /** A trained model with what training learnt about itself. */
    public record Trained(TabularModel model, TunedTraining.Result tuning, ModelMetrics validMetrics, ModelMetrics baselineValidMetrics,
            int rows, long positives, long validPositives, List<String> notices) {
    }

    /**
     * Trains on the table rows {@code rows} with labels {@code y}: the encoding is fitted on
     * those rows only, then the trees (inner hold-out for depth and rounds, refit on all) and
     * the baseline.
     */
    public static Trained train(RawTable t, int[] rows, float[] y, String labelColumn, String idColumn, BoostSettings settings) {
        TabularEncoding enc = TabularEncoding.fit(t, rows, labelColumn, idColumn);
        TabularEncoding.Encoded e = enc.apply(t, rows);
        FeatureMatrix x = e.matrix();
        TunedTraining.Result tuning = TunedTraining.fit(x, y, settings);
        float[] yValid = FeatureMatrix.pick(y, tuning.validRows());
        int k = Math.max(1, tuning.validRows().length / 10);
        ModelMetrics valid = ModelMetrics.of(tuning.validScores(), yValid, k);
        LogisticBaseline innerBaseline = LogisticBaseline.train(x.select(tuning.trainRows()), FeatureMatrix.pick(y, tuning.trainRows()));
        ModelMetrics baselineValid = ModelMetrics.of(innerBaseline.predict(x.select(tuning.validRows())), yValid, k);
        LogisticBaseline baseline = LogisticBaseline.train(x, y);
        long positives = 0;
        for (float v : y) positives += (long) v;
        long validPositives = 0;
        for (float v : yValid) validPositives += (long) v;
        return new Trained(new TabularModel(enc, tuning.model(), baseline), tuning, valid, baselineValid, rows.length, positives, validPositives, e.notices());
    }

    /** P(positive) from the trees for rows {@code rows} of {@code t}, with the encoding's notices. */
    public Scored score(RawTable t, int[] rows) {
        TabularEncoding.Encoded e = encoding.apply(t, rows);
        return new Scored(trees.predict(e.matrix()), e.notices());
    }

    public record Scored(float[] scores, List<String> notices) {
    }

    /** Writes the model files and {@value ModelVersion#FILE}. */
    public static void save(Trained tr, Path dir, String sourceFile, String positive, String createdAt) {
        TabularModel m = tr.model();
        m.encoding().save(dir);
        m.trees().save(dir);
        m.baseline().save(dir);
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("label_column", m.encoding().labelColumn());
        notes.put("positive_value", positive);
        if (m.encoding().idColumn() != null) notes.put("id_column", m.encoding().idColumn());
        notes.put("encoding", m.encoding().describe());
        StringBuilder tried = new StringBuilder();
        for (TunedTraining.Candidate c : tr.tuning().candidates()) {
            tried.append(tried.length() == 0 ? "" : "; ").append(String.format(java.util.Locale.ROOT, "depth %d: %d rounds, log-loss %.4f, AUC %.4f",
                    c.maxDepth(), c.bestIteration() + 1, c.validLogLoss(), c.validAuc()));
        }
        notes.put("depths_tried", tried.toString());
        int validRows = tr.tuning().validRows().length;
        ModelVersion v = new ModelVersion("tabular", ModelVersion.ALGORITHM,
                "churn model for the customer CSV " + sourceFile + ", label '" + m.encoding().labelColumn() + "' = '" + positive + "'",
                sourceFile, createdAt, m.trees().featureNames(), m.trees().settings(), m.trees().bestIteration(),
                tr.rows(), tr.positives(), validRows, tr.validPositives(),
                "stratified inner hold-out of 20 % of the rows, scored by models trained on the other 80 % (the hold-out also chose the depth and "
                        + "the rounds, so these figures lean optimistic; `retain model evaluate` gives cross-validated ones); the saved models are refit on all rows",
                tr.validMetrics(), tr.baselineValidMetrics(), notes);
        v.write(dir);
    }

    public static TabularModel load(Path dir) {
        return new TabularModel(TabularEncoding.load(dir), BoostedTrees.load(dir), LogisticBaseline.load(dir));
    }
}
