package dev.retain.engine.ml;

import java.util.List;

/**
 * How well scores rank and how honest they are, on one set of rows: AUC, Gini, lift of
 * the top decile, a calibration table and the precision among the {@code k} highest
 * scores (k = the managers' capacity for the province model).
 */
public record ModelMetrics(double auc, double gini, double topDecileLift, List<CalibrationBin> calibration, int k, double precisionAtK) {

    public ModelMetrics {
        calibration = calibration == null ? List.of() : List.copyOf(calibration);
    }

    /** Every measure of {@code scores} against {@code labels}, with a 10-bin calibration table. */
    public static ModelMetrics of(float[] scores, float[] labels, int k) {
        double auc = Metrics.auc(scores, labels);
        return new ModelMetrics(auc, 2 * auc - 1, Metrics.topDecileLift(scores, labels), Metrics.calibration(scores, labels, 10),
                k, Metrics.precisionAtK(scores, labels, Math.max(1, k)));
    }

    /** "AUC 0.842, Gini 0.684, top-decile lift 2.91, precision@500 0.61". */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "AUC %.3f, Gini %.3f, top-decile lift %.2f, precision@%d %.2f", auc, gini, topDecileLift, k, precisionAtK);
    }
}
