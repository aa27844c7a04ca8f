package dev.retain.engine.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.fixtures.ProvinceFiles;
import dev.retain.engine.fixtures.Table;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * complaints.csv in the cycle (issue 13): the rules' complaints_1m / complaints_3m count by the day
 * received, in Asia/Shanghai, up to the cycle month's last day; the default rule raises a task for a
 * repeat complainant whose bill falls.
 */
class ComplaintFactsTests {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    Path tmp;

    /** Ten high-value customers: the even ones keep a 300 CNY bill, the odd ones fall to 100 (−67 %). */
    private static ProvinceFiles tenCustomers() {
        ProvinceFiles p = ProvinceFiles.province().manager("pm1", "phone_manager", "hangzhou", "", "true");
        for (int i = 0; i < 10; i++) {
            String m = "1380000000" + i;
            p.subscriber(m).usage(m, "2026-09", "300.00", 400, "active").usage(m, "2026-10", i % 2 == 0 ? "300.00" : "100.00", 400, "active");
        }
        return p;
    }

    private Map<String, String> reasonsByMsisdn(ProvinceFiles p, String name) throws IOException {
        Path out = tmp.resolve(name + "-out");
        new CycleRunner(SettingsLoader.defaults(), new RuleSetLoader().loadDefaults(), Progress.NONE)
                .run(OCT, p.writeTo(tmp.resolve(name)), out, null);
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Map<String, String> t : Table.read(out.resolve("tasks.csv")).rows()) reasons.put(t.get("msisdn"), t.get("reasons"));
        return reasons;
    }

    @Test
    void aRepeatComplainantWithAFallingBillGetsTheComplaintTask() throws IOException {
        ProvinceFiles p = tenCustomers()
                .complaint("a1", "13800000001", "2026-08-01").complaint("a2", "13800000001", "2026-10-31T23:59:59") // both in Aug..Oct
                .complaint("b1", "13800000003", "2026-10-02").complaint("b2", "13800000003", "2026-11-01")          // one after October
                .complaint("c1", "13800000005", "2026-10-02").complaint("c2", "13800000005", "2026-10-31T16:30:00Z") // 1 Nov in Shanghai
                .complaint("d1", "13800000007", "2026-07-31").complaint("d2", "13800000007", "2026-09-15")         // one before August
                .complaint("e1", "13800000000", "2026-09-01").complaint("e2", "13800000000", "2026-10-01");        // bill did not fall
        Map<String, String> reasons = reasonsByMsisdn(p, "with");
        assertThat(reasons.get("13800000001")).isEqualTo("repeat_complainant;yellow_zone;bill_down_30");
        for (String m : List.of("13800000003", "13800000005", "13800000007")) {
            assertThat(reasons.get(m)).as(m).isEqualTo("yellow_zone;bill_down_30");
        }
        assertThat(reasons.get("13800000000")).isEqualTo("green_lift");
    }

    @Test
    void withoutComplaintsCsvNoOneIsARepeatComplainant() throws IOException {
        assertThat(reasonsByMsisdn(tenCustomers(), "without").values()).noneMatch(r -> r.contains("repeat_complainant")).hasSize(10);
    }
}
