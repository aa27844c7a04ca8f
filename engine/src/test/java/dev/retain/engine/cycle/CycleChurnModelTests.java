package dev.retain.engine.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.fixtures.PlantedChurnProvince;
import dev.retain.engine.fixtures.Table;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cycle with its churn model: trained by default, reused with --model, off with --no-model. */
class CycleChurnModelTests {

    /** The cycle's clock: it stamps the model version, so a pinned clock gives a reproducible model.json. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-03T08:00:00Z"), ZoneOffset.UTC);

    @TempDir Path tmp;

    private CycleReport run(ChurnModelSource source, Path out) throws IOException {
        Path in = tmp.resolve("in");
        if (!Files.exists(in)) PlantedChurnProvince.files().writeTo(in);
        return new CycleRunner(CycleSettings.DEFAULTS, new RuleSetLoader().loadDefaults(), Progress.NONE).withChurnModel(source)
                .withClock(CLOCK).run(PlantedChurnProvince.LAST, in, out, null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> churnModel(CycleReport r) {
        return (Map<String, Object>) r.summary().content().get("churn_model");
    }

    @Test
    void byDefaultTheCycleTrainsScoresAndExplainsTheTasks() throws IOException {
        Path out = tmp.resolve("out");
        CycleReport report = run(ChurnModelSource.DEFAULT, out);

        assertThat(churnModel(report)).containsEntry("source", "trained").containsKey("xgboost").containsKey("logistic_baseline");
        assertThat(Files.readString(out.resolve(CycleRunner.CHURN_MODEL_DIR).resolve("model.json")))
                .contains("\"created_at\" : \"2026-11-03T08:00:00Z\"");
        Table tasks = Table.read(out.resolve("tasks.csv"));
        Table segments = Table.read(out.resolve("segments.csv"));
        // a customer whose minutes collapsed in September (suspended in November): scored above a steady one
        Map<String, String> dropped = segments.by("msisdn").get(PlantedChurnProvince.msisdn(20));
        Map<String, String> steady = segments.by("msisdn").get(PlantedChurnProvince.msisdn(21));
        assertThat(Double.parseDouble(dropped.get("churn_score"))).isGreaterThan(Double.parseDouble(steady.get("churn_score")));
        assertThat(tasks.rows()).anySatisfy(t -> assertThat(t.get("churn_reasons")).isNotBlank());
        // a task's reasons are its customer's; only features that raised the score are reasons, so a safe customer may have none
        assertThat(tasks.rows()).allSatisfy(t -> assertThat(t.get("churn_reasons"))
                .isEqualTo(segments.by("msisdn").get(t.get("msisdn")).get("churn_reasons")));
    }

    @Test
    void aSavedModelScoresTheSameAndNoModelMeansBaseRates() throws IOException {
        Path trained = tmp.resolve("trained");
        run(ChurnModelSource.DEFAULT, trained);
        Path reused = tmp.resolve("reused");
        CycleReport again = run(new ChurnModelSource.Saved(trained.resolve(CycleRunner.CHURN_MODEL_DIR)), reused);
        assertThat(churnModel(again)).containsEntry("source", "saved");
        assertThat(Files.readString(reused.resolve("segments.csv"))).isEqualTo(Files.readString(trained.resolve("segments.csv")));

        CycleReport off = run(new ChurnModelSource.BaseRates(), tmp.resolve("off"));
        assertThat(churnModel(off)).containsEntry("source", "base_rates");
        assertThat(Table.read(tmp.resolve("off").resolve("segments.csv")).rows()).allSatisfy(r -> assertThat(r.get("churn_reasons")).isEmpty());
    }
}
