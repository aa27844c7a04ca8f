package dev.retain.app.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.synth.ProvinceSpec;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long the cycle takes in the app (export, engine, load-back) for a province of the
 * size given by -Dretain.measure.subscribers=50000 (13 months, like the demo). Off by
 * default: it measures, it does not check behaviour beyond success.
 */
@RetainWebTest
@EnabledIfSystemProperty(named = "retain.measure.subscribers", matches = "\\d+")
class CycleTimingTests {

    @Autowired DataSource dataSource;
    @Autowired CycleService cycles;

    @Test
    void measureTheCycle() {
        long n = Long.parseLong(System.getProperty("retain.measure.subscribers"));
        YearMonth last = YearMonth.of(2026, 10);
        long t0 = System.nanoTime();
        CycleTestProvince.generateAndLoad(dataSource, new ProvinceSpec(n, 13, last, 7));
        System.out.printf("MEASURE province of %,d subscribers generated and loaded in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        for (YearMonth month : new YearMonth[] {last.minusMonths(1), last, last}) {
            long start = System.nanoTime();
            CycleRun run = cycles.runNow(month, "measure");
            assertThat(run.status()).as(run.error()).isEqualTo(CycleRun.Status.SUCCEEDED);
            JsonNode summary = JsonMapper.shared().readTree(run.summaryJson());
            System.out.printf("MEASURE cycle %s: %.1f s wall; app %s; engine %s%n", month, (System.nanoTime() - start) / 1e9,
                    summary.get("app_timings_ms"), summary.get("timings_ms"));
        }
    }
}
