package dev.retain.engine.ml.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.ml.BoostSettings;
import dev.retain.engine.ml.Metrics;
import dev.retain.engine.ml.ModelVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularModelTests {

    @TempDir
    Path dir;

    /** Churn is driven by the contract and complaints; the region is noise. */
    static String plantedCsv(int rows, long seed) {
        Random rnd = new Random(seed);
        StringBuilder s = new StringBuilder("id,contract,complaints,region,monthly,churn\n");
        String[] contracts = {"month", "year", "two-year"};
        String[] regions = {"north", "south", "east", "west"};
        for (int i = 0; i < rows; i++) {
            String contract = contracts[rnd.nextInt(3)];
            int complaints = rnd.nextInt(4);
            double logit = (contract.equals("month") ? 1.5 : -1.5) + 1.2 * complaints - 2.5;
            boolean churn = rnd.nextDouble() < 1 / (1 + Math.exp(-logit));
            s.append("c").append(i).append(',').append(contract).append(',').append(complaints).append(',')
                    .append(regions[rnd.nextInt(4)]).append(',').append(rnd.nextInt(100) + 20).append(',').append(churn ? "yes" : "no").append('\n');
        }
        return s.toString();
    }

    @Test
    void trainsSavesLoadsAndScoresIdentically() throws Exception {
        Files.writeString(dir.resolve("d.csv"), plantedCsv(1500, 3));
        RawTable t = RawTable.read(dir.resolve("d.csv"));
        Labels l = Labels.of(t, "churn", null);
        TabularModel.Trained tr = TabularModel.train(t, l.rows(), l.values(), "churn", null, BoostSettings.defaults().withThreads(2));
        assertThat(tr.model().encoding().idColumn()).isEqualTo("id");
        assertThat(tr.validMetrics().auc()).isGreaterThan(0.75);
        Path model = dir.resolve("model");
        TabularModel.save(tr, model, "d.csv", l.positive(), "2026-11-01T00:00:00Z");
        for (String f : List.of("xgboost.json", "baseline.json", "encoding.json", "model.json")) assertThat(model.resolve(f)).exists();
        ModelVersion v = ModelVersion.read(model);
        assertThat(v.featureNames()).isEqualTo(tr.model().trees().featureNames());
        assertThat(v.notes()).containsEntry("positive_value", "yes");
        assertThat(v.trainRows()).isEqualTo(1500);
        TabularModel back = TabularModel.load(model);
        int[] all = l.rows();
        assertThat(back.score(t, all).scores()).containsExactly(tr.model().score(t, all).scores());
        assertThat(Metrics.auc(back.score(t, all).scores(), l.values())).isGreaterThan(0.75);
    }

    @Test
    void crossValidationNeverTrainsOnItsTestFold() throws Exception {
        Files.writeString(dir.resolve("d.csv"), plantedCsv(600, 8));
        RawTable t = RawTable.read(dir.resolve("d.csv"));
        Labels l = Labels.of(t, "churn", null);
        List<CrossValidation.FoldResult> r = CrossValidation.run(t, l, null, new CrossValidation.Protocol(3, 0, 1), BoostSettings.defaults().withThreads(2), x -> { });
        assertThat(r).hasSize(3);
        assertThat(r).allSatisfy(f -> {
            assertThat(f.trainRows() + f.testRows()).isEqualTo(600);
            assertThat(f.xgbAuc()).isGreaterThan(0.7);
            assertThat(f.baseAuc()).isGreaterThan(0.7);
        });
        List<CrossValidation.FoldResult> split = CrossValidation.run(t, l, null, new CrossValidation.Protocol(5, 400, 1), BoostSettings.defaults().withThreads(2), x -> { });
        assertThat(split).singleElement().satisfies(f -> {
            assertThat(f.trainRows()).isEqualTo(400);
            assertThat(f.testRows()).isEqualTo(200);
        });
    }
}
