package dev.retain.engine.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogisticBaselineTests {

    @Test
    void findsALinearSignalAndWeighsItMost() {
        PlantedData d = PlantedData.signalIn("bill_drop", 3000, 5);
        int[] a = PlantedData.range(0, 2000);
        int[] b = PlantedData.range(2000, 3000);
        LogisticBaseline m = LogisticBaseline.train(d.x.select(a), FeatureMatrix.pick(d.y, a));
        float[] scores = m.predict(d.x.select(b));
        assertThat(Metrics.auc(scores, FeatureMatrix.pick(d.y, b))).isGreaterThan(0.9);
        double[] coef = m.coefficients();
        int top = 0;
        for (int c = 1; c < coef.length; c++) if (Math.abs(coef[c]) > Math.abs(coef[top])) top = c;
        assertThat(m.featureNames().get(top)).isEqualTo("bill_drop");
        // the true logit is 4·s − 1 with s ~ N(0, 1): the standardised coefficient is near 4
        assertThat(coef[top]).isBetween(3.0, 5.0);
    }

    @Test
    void aMissingValueTakesTheMeanPlusItsOwnWeight() {
        // y = 1 exactly when x is missing: only the missing indicator can tell
        int n = 400;
        float[] v = new float[n * 2];
        float[] y = new float[n];
        for (int r = 0; r < n; r++) {
            boolean gap = r % 4 == 0;
            v[r * 2] = gap ? Float.NaN : (r % 7);
            v[r * 2 + 1] = r % 3;
            y[r] = gap ? 1 : 0;
        }
        FeatureMatrix x = new FeatureMatrix(List.of("x", "z"), v, n);
        LogisticBaseline m = LogisticBaseline.train(x, y);
        float[] p = m.predict(x);
        assertThat(p[0]).isGreaterThan(0.9f);
        assertThat(p[1]).isLessThan(0.1f);
        assertThat(Metrics.auc(p, y)).isEqualTo(1.0);
    }

    @Test
    void aConstantColumnIsHarmless() {
        PlantedData d = PlantedData.signalIn("s", 500, 9);
        float[] v = d.x.values().clone();
        for (int r = 0; r < d.x.rows(); r++) v[r * d.x.cols()] = 3f; // "tenure" constant
        LogisticBaseline m = LogisticBaseline.train(new FeatureMatrix(d.x.names(), v, d.x.rows()), d.y);
        assertThat(m.coefficients()[0]).isZero();
    }

    @Test
    void saveAndLoadGiveIdenticalScores(@TempDir Path dir) {
        PlantedData d = PlantedData.signalIn("s", 600, 3);
        LogisticBaseline m = LogisticBaseline.train(d.x, d.y);
        m.save(dir);
        LogisticBaseline back = LogisticBaseline.load(dir);
        assertThat(back.predict(d.x)).containsExactly(m.predict(d.x));
        assertThat(back.featureNames()).isEqualTo(m.featureNames());
    }
}
