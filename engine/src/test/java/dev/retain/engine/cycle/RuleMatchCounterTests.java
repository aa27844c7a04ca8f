package dev.retain.engine.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.engine.fixtures.ProvinceFiles;
import dev.retain.engine.fixtures.Table;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.rules.RuleSetLoader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules dry run counts what the cycle's tasks.csv lists as reasons, without writing outputs. */
class RuleMatchCounterTests {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    Path tmp;

    /** Twelve customers: steady, bill falling, minutes falling, and one gone. */
    private Path province() {
        ProvinceFiles p = ProvinceFiles.province().manager("pm1", "phone_manager", "hangzhou", "", "true");
        for (int i = 0; i < 12; i++) {
            String m = "1390000000" + (i < 10 ? "0" + i : "" + i);
            p.subscriber(m).usage(m, "2026-08", "300.00", 400, "active").usage(m, "2026-09", "300.00", 400, "active");
            switch (i % 4) {
                case 0 -> p.usage(m, "2026-10", "300.00", 400, "active");
                case 1 -> p.usage(m, "2026-10", "100.00", 400, "active");
                case 2 -> p.usage(m, "2026-10", "300.00", 20, "active");
                default -> { } // no October row: gone, no task
            }
        }
        return p.writeTo(tmp.resolve("in"));
    }

    @Test
    void countsEqualTheReasonsOfTheCyclesTasks() throws IOException {
        RuleSet rules = new RuleSetLoader().loadDefaults();
        Path in = province();
        new CycleRunner(SettingsLoader.defaults(), rules, Progress.NONE).run(OCT, in, tmp.resolve("out"), null);
        Map<String, Long> fromTasks = new TreeMap<>();
        for (String reasons : Table.read(tmp.resolve("out").resolve("tasks.csv")).column("reasons")) {
            for (String r : reasons.split(";")) fromTasks.merge(r, 1L, Long::sum);
        }

        Map<String, Long> counted = new RuleMatchCounter(SettingsLoader.defaults(), rules, Progress.NONE)
                .count(OCT, in, tmp.resolve("reports"));

        assertThat(counted.keySet()).containsExactlyElementsOf(rules.rules().stream().map(r -> r.id()).toList());
        assertThat(fromTasks).isNotEmpty();
        Map<String, Long> nonZero = new TreeMap<>();
        counted.forEach((id, n) -> { if (n > 0) nonZero.put(id, n); });
        assertThat(nonZero).isEqualTo(fromTasks);
    }

    @Test
    void anEditedRuleIsCountedWithoutTouchingTheDefaults() {
        RuleSet rules = new RuleSetLoader().load("edit", new StringReader("""
                playbooks:
                  p: {due_days: 3, actions: [call]}
                rules:
                  - {id: everyone, when: 'true', kind: care, priority: 10, playbook: p}
                  - {id: nobody, when: 'bill < 0.0', kind: care, priority: 5, playbook: p}
                """));
        Map<String, Long> counted = new RuleMatchCounter(SettingsLoader.defaults(), rules, Progress.NONE)
                .count(OCT, province(), tmp.resolve("reports"));
        // nine customers still here in October, all high value in September: the programme
        assertThat(counted).containsExactly(Map.entry("everyone", 9L), Map.entry("nobody", 0L));
    }

    @Test
    void aMonthWithoutUsageIsRefused() {
        Path in = province();
        assertThatThrownBy(() -> new RuleMatchCounter(SettingsLoader.defaults(), new RuleSetLoader().loadDefaults(), Progress.NONE)
                .count(YearMonth.of(2027, 1), in, tmp.resolve("reports")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2027-01");
    }
}
