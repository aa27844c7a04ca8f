package dev.retain.engine.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed examples; each comment shows the arithmetic. */
class MetricsTests {

    @Test
    void aucCountsATiedPairAsHalf() {
        // positives 0.4 and 0.8, negatives 0.1 and 0.4: pairs won 1 + 0.5 + 1 + 1 = 3.5 of 4
        float[] s = {0.1f, 0.4f, 0.4f, 0.8f};
        float[] y = {0, 0, 1, 1};
        assertThat(Metrics.auc(s, y)).isEqualTo(0.875);
        assertThat(ModelMetrics.of(s, y, 1).gini()).isEqualTo(0.75);
    }

    @Test
    void aucIsOneHalfForAConstantScoreAndDoesNotDependOnRowOrder() {
        assertThat(Metrics.auc(new float[] {0.3f, 0.3f, 0.3f}, new float[] {1, 0, 1})).isEqualTo(0.5);
        assertThat(Metrics.auc(new float[] {0.8f, 0.4f, 0.1f, 0.4f}, new float[] {1, 1, 0, 0})).isEqualTo(0.875);
        assertThat(Metrics.auc(new float[] {0.9f, 0.1f}, new float[] {0, 1})).isZero();
        assertThat(Metrics.auc(new float[] {0.9f, 0.1f}, new float[] {1, 1})).isNaN();
    }

    @Test
    void topDecileLift() {
        // 20 rows, scores 1..20; the top decile is the 2 highest (20 and 19): one positive → rate 0.5;
        // overall 4 positives of 20 → 0.2; lift 2.5
        float[] s = new float[20];
        float[] y = new float[20];
        for (int i = 0; i < 20; i++) s[i] = i + 1;
        y[19] = 1;
        y[0] = 1;
        y[5] = 1;
        y[10] = 1;
        assertThat(Metrics.topDecileLift(s, y)).isCloseTo(2.5, within(1e-12));
    }

    @Test
    void aTieAcrossTheDecileCutCountsInProportion() {
        // 10 rows: the decile is 1 row, but the two highest scores tie (one positive, one not):
        // expected positives in the top 1 = 0.5; overall rate 2/10; lift 0.5 / 0.2 = 2.5
        float[] s = {0.9f, 0.9f, 0.5f, 0.4f, 0.3f, 0.3f, 0.2f, 0.1f, 0.1f, 0.0f};
        float[] y = {0, 1, 0, 0, 1, 0, 0, 0, 0, 0};
        assertThat(Metrics.topDecileLift(s, y)).isCloseTo(2.5, within(1e-12));
        float[] swapped = {0.9f, 0.9f, 0.5f, 0.4f, 0.3f, 0.3f, 0.2f, 0.1f, 0.1f, 0.0f};
        float[] ySwapped = {1, 0, 0, 0, 1, 0, 0, 0, 0, 0};
        assertThat(Metrics.topDecileLift(swapped, ySwapped)).isEqualTo(Metrics.topDecileLift(s, y));
    }

    @Test
    void precisionAtK() {
        // top 3: 0.9 (pos), 0.8 (neg), then one place from the tied pair at 0.7 (one pos of two) → 1.5 / 3
        float[] s = {0.9f, 0.8f, 0.7f, 0.7f, 0.1f};
        float[] y = {1, 0, 1, 0, 1};
        assertThat(Metrics.precisionAtK(s, y, 3)).isCloseTo(0.5, within(1e-12));
        assertThat(Metrics.precisionAtK(s, y, 1)).isEqualTo(1.0);
        assertThat(Metrics.precisionAtK(s, y, 99)).isCloseTo(0.6, within(1e-12)); // k cut to the 5 rows
        assertThatThrownBy(() -> Metrics.precisionAtK(s, y, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void calibrationInEqualCountBins() {
        float[] s = {0.8f, 0.1f, 0.6f, 0.2f};
        float[] y = {1, 0, 1, 1};
        assertThat(Metrics.calibration(s, y, 2)).containsExactly(
                new CalibrationBin(((double) 0.1f + 0.2f) / 2, 0.5, 2),
                new CalibrationBin(((double) 0.6f + 0.8f) / 2, 1.0, 2));
    }

    @Test
    void tiedScoresShareACalibrationBin() {
        // the tie at 0.5 starts in the first half, so all of it goes there: bins of 3 and 1
        float[] s = {0.1f, 0.5f, 0.5f, 0.9f};
        float[] y = {0, 1, 0, 1};
        List<CalibrationBin> bins = Metrics.calibration(s, y, 2);
        assertThat(bins).extracting(CalibrationBin::count).containsExactly(3L, 1L);
        assertThat(bins.get(0).observedRate()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(Metrics.calibration(new float[] {0.2f, 0.2f}, new float[] {0, 1}, 10)).hasSize(1);
    }

    @Test
    void negativeScoresSortCorrectly() {
        assertThat(Metrics.auc(new float[] {-2f, -1f, 0f, 1f}, new float[] {0, 0, 1, 1})).isEqualTo(1.0);
    }

    @Test
    void modelMetricsGoToJsonAndBack() {
        float[] s = {0.1f, 0.4f, 0.4f, 0.8f, 0.3f, 0.9f, 0.2f, 0.7f, 0.6f, 0.5f};
        float[] y = {0, 0, 1, 1, 0, 1, 0, 0, 1, 0};
        ModelMetrics m = ModelMetrics.of(s, y, 3);
        assertThat(m.gini()).isCloseTo(2 * m.auc() - 1, within(1e-12));
        String json = ModelJson.write(m);
        assertThat(json).contains("\"auc\"", "\"top_decile_lift\"", "\"precision_at_k\"", "\"observed_rate\"");
        assertThat(ModelJson.read(json, ModelMetrics.class)).isEqualTo(m);
    }
}
