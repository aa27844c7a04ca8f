package dev.retain.engine.ml;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code model.json}: what a saved model is — its name, what it was trained on and when,
 * its feature list and settings, and how well it did. One per model directory, beside
 * the model files themselves ({@link BoostedTrees#FILE}, {@link LogisticBaseline#FILE}).
 *
 * @param name           e.g. "churn-province" or "tabular"
 * @param algorithm      "xgboost binary:logistic"
 * @param description    free text: the data and the label
 * @param trainingWindow the months trained on ("2026-03..2026-08"), or the input file for a customer CSV
 * @param createdAt      ISO-8601 instant, from the caller's clock
 * @param featureNames   the model's inputs, in its order
 * @param settings       the boosting settings used
 * @param bestIteration  the 0-based best round (predictions use rounds 0..bestIteration)
 * @param trainRows      rows trained on
 * @param trainPositives of which positive
 * @param validRows      rows of the validation set the metrics come from (0 when none)
 * @param validPositives of which positive
 * @param validation     how the metrics were measured, in words
 * @param metrics        the boosted trees' metrics on the validation rows (null when none)
 * @param baselineMetrics the logistic baseline's metrics on the same rows (null when none)
 * @param notes          anything else worth keeping (label column, positive value, …)
 */
public record ModelVersion(String name, String algorithm, String description, String trainingWindow, String createdAt,
        List<String> featureNames, BoostSettings settings, int bestIteration, long trainRows, long trainPositives,
        long validRows, long validPositives, String validation, ModelMetrics metrics, ModelMetrics baselineMetrics,
        Map<String, String> notes) {

    public static final String FILE = "model.json";
    public static final String ALGORITHM = "xgboost binary:logistic";

    public ModelVersion {
        featureNames = featureNames == null ? List.of() : List.copyOf(featureNames);
        notes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(notes == null ? Map.of() : notes));
    }

    public void write(Path dir) {
        ModelJson.writeFile(dir.resolve(FILE), this);
    }

    public static ModelVersion read(Path dir) {
        return ModelJson.readFile(dir.resolve(FILE), ModelVersion.class);
    }
}
