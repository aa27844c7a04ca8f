package dev.retain.engine.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.retain.engine.fixtures.ProvinceFiles;
import dev.retain.engine.fixtures.Table;
import dev.retain.engine.grade.LifetimeValue;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.RuleSetLoader;
import dev.retain.engine.value.Money;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Value grading through the whole cycle: segments.csv and facts.csv carry RFM and lifetime value. */
class ValueGradingCycleTests {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    Path tmp;

    @Test
    void segmentsAndFactsCarryRfmScoresGradesAndLifetimeValue() throws IOException {
        ProvinceFiles p = ProvinceFiles.province().manager("pm1", "phone_manager", "hangzhou", "", "true");
        for (int i = 0; i < 10; i++) {
            String m = "1380000000" + i;
            // evens pay 300 a month, odds 300 then 100 (mean 200); all 400 minutes + 10 SMS, active every month
            p.subscriber(m).usage(m, "2026-09", "300.00", 400, "active").usage(m, "2026-10", i % 2 == 0 ? "300.00" : "100.00", 400, "active");
        }
        // last active five months back (May, inside the six-month window), an empty row in October
        p.subscriber("13700000001").usage("13700000001", "2026-05", "50.00", 20, "active")
                .usageRaw("13700000001,2026-10,0.00,0,0,0,active");
        // April is outside the window: it does not count
        p.usage("13800000000", "2026-04", "9999.00", 9999, "active");
        Path out = tmp.resolve("out");
        new CycleRunner(SettingsLoader.defaults(), new RuleSetLoader().loadDefaults(), Progress.NONE).run(OCT, p.writeTo(tmp.resolve("in")), out, null);

        Map<String, Map<String, String>> seg = Table.read(out.resolve("segments.csv")).by("msisdn");
        // R: ten active now → 5, the lapsed one alone at the bottom → ⌈5/11⌉ = 1. F: 410 for ten → 5; (30 + 0) / 2 = 15 → 1.
        // M: 25 CNY (1 of 11) → 1; 200 (6 of 11 at most) → ⌈30/11⌉ = 3; 300 → 5
        assertThat(seg.get("13800000000")).containsEntry("rfm_r", "5").containsEntry("rfm_f", "5").containsEntry("rfm_m", "5")
                .containsEntry("rfm", "555").containsEntry("value_grade", "important_value");
        assertThat(seg.get("13800000001")).containsEntry("rfm", "553").containsEntry("value_grade", "general_value");
        assertThat(seg.get("13700000001")).containsEntry("rfm", "111").containsEntry("value_grade", "general_retain");

        LifetimeValue lifetime = SettingsLoader.defaults().lifetimeValue();
        for (String msisdn : seg.keySet()) {
            Map<String, String> row = seg.get(msisdn);
            long meanFen = msisdn.equals("13700000001") ? 2_500 : Integer.parseInt(msisdn.substring(10)) % 2 == 0 ? 30_000 : 20_000;
            // churn_score is written with four decimals: the estimate from it is within a few fen
            double expected = lifetime.fen(meanFen, Double.parseDouble(row.get("churn_score"))) / 100.0;
            assertThat(Money.parseFen(row.get("clv")) / 100.0).as(msisdn).isCloseTo(expected, within(1.0));
            assertThat(Money.parseFen(row.get("clv"))).as("a customer who may stay has a value").isPositive();
        }

        Map<String, String> facts = Table.read(out.resolve("facts.csv")).by("msisdn").get("13800000001");
        assertThat(facts).containsEntry("rfm_r", "5").containsEntry("rfm_f", "5").containsEntry("rfm_m", "3")
                .containsEntry("rfm", "553").containsEntry("value_grade", "general_value");
        assertThat(Double.parseDouble(facts.get("clv"))).isEqualTo(Money.parseFen(seg.get("13800000001").get("clv")) / 100.0);
    }
}
