package dev.retain.engine.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoostedTreesTests {

    static PlantedData data;
    static FeatureMatrix train;
    static FeatureMatrix valid;
    static FeatureMatrix test;
    static float[] trainY;
    static float[] validY;
    static float[] testY;
    static BoostedTrees model;

    @BeforeAll
    static void trainOnAPlantedSignal() {
        data = PlantedData.signalIn("calls_drop", 3000, 42);
        int[] a = PlantedData.range(0, 1800);
        int[] b = PlantedData.range(1800, 2400);
        int[] c = PlantedData.range(2400, 3000);
        train = data.x.select(a);
        valid = data.x.select(b);
        test = data.x.select(c);
        trainY = FeatureMatrix.pick(data.y, a);
        validY = FeatureMatrix.pick(data.y, b);
        testY = FeatureMatrix.pick(data.y, c);
        model = BoostedTrees.train(train, trainY, valid, validY, BoostSettings.defaults().withThreads(2));
    }

    @Test
    void findsThePlantedSignal() {
        float[] scores = model.predict(test);
        assertThat(Metrics.auc(scores, testY)).isGreaterThan(0.9);
        for (float s : scores) assertThat(s).isBetween(0f, 1f);
    }

    @Test
    void theTopShapFeatureIsThePlantedOne() {
        float[][] contrib = model.contributions(test);
        assertThat(contrib).hasNumberOfRows(test.rows());
        assertThat(contrib[0]).hasSize(test.cols() + 1);
        double[] meanAbs = new double[test.cols()];
        for (float[] row : contrib) for (int c = 0; c < test.cols(); c++) meanAbs[c] += Math.abs(row[c]);
        int top = 0;
        for (int c = 1; c < meanAbs.length; c++) if (meanAbs[c] > meanAbs[top]) top = c;
        assertThat(model.featureNames().get(top)).isEqualTo("calls_drop");
    }

    @Test
    void contributionsAddUpToTheLogOddsOfTheScore() {
        float[] scores = model.predict(test);
        float[][] contrib = model.contributions(test);
        for (int r = 0; r < 50; r++) {
            double sum = 0;
            for (float v : contrib[r]) sum += v;
            assertThat(1 / (1 + Math.exp(-sum))).isCloseTo(scores[r], org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void earlyStoppingKeepsTheBestRound() {
        assertThat(model.bestIteration()).isBetween(5, BoostSettings.defaults().maxRounds() - 1);
        assertThat(model.featureNames()).containsExactly("tenure", "weak", "calls_drop", "gappy", "noise");
    }

    @Test
    void saveAndLoadGiveIdenticalScoresAndContributions(@TempDir Path dir) {
        model.save(dir);
        assertThat(dir.resolve(BoostedTrees.FILE)).exists();
        BoostedTrees back = BoostedTrees.load(dir);
        assertThat(back.featureNames()).isEqualTo(model.featureNames());
        assertThat(back.bestIteration()).isEqualTo(model.bestIteration());
        assertThat(back.settings()).isEqualTo(model.settings());
        assertThat(back.predict(test)).containsExactly(model.predict(test));
        assertThat(back.contributions(test)).isDeepEqualTo(model.contributions(test));
    }

    @Test
    void columnsAreMatchedByNameNotPosition() {
        List<String> reversed = new ArrayList<>(test.names());
        Collections.reverse(reversed);
        FeatureMatrix shuffled = test.columnsInOrder(reversed);
        assertThat(model.predict(shuffled)).containsExactly(model.predict(test));
    }

    @Test
    void aMissingColumnIsNamed() {
        FeatureMatrix without = test.columnsInOrder(List.of("tenure", "weak", "gappy", "noise"));
        assertThatThrownBy(() -> model.predict(without))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'calls_drop'");
    }

    @Test
    void withoutAValidationSetItRunsEveryRound() {
        BoostSettings s = BoostSettings.defaults().withMaxRounds(20).withThreads(1);
        BoostedTrees m = BoostedTrees.train(train, trainY, null, null, s);
        assertThat(m.bestIteration()).isEqualTo(19);
        assertThat(Metrics.auc(m.predict(test), testY)).isGreaterThan(0.85);
    }

    @Test
    void badLabelsAreRefused() {
        float[] bad = trainY.clone();
        bad[3] = 2f;
        assertThatThrownBy(() -> BoostedTrees.train(train, bad, null, null, BoostSettings.defaults()))
                .hasMessageContaining("labels must be 0 or 1");
        assertThatThrownBy(() -> BoostedTrees.train(train, new float[5], null, null, BoostSettings.defaults()))
                .hasMessageContaining("5 labels for 1800 rows");
    }

    @Test
    void loadingAFolderWithoutAModelSaysSo(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> BoostedTrees.load(dir)).hasMessageContaining("no XGBoost model");
        Files.writeString(dir.resolve(BoostedTrees.FILE), "{not json");
        assertThatThrownBy(() -> BoostedTrees.load(dir)).hasMessageContaining("not an XGBoost model");
    }
}
