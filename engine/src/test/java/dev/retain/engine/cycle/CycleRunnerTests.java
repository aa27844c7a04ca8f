package dev.retain.engine.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.engine.csv.InputFileException;
import dev.retain.engine.fixtures.ProvinceFiles;
import dev.retain.engine.fixtures.Table;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.FactNames;
import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.rules.RuleSetLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cycle from files to files: what a failed run leaves behind, re-runs, settings, scale. */
class CycleRunnerTests {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final RuleSet RULES = new RuleSetLoader().loadDefaults();
    private static final List<String> OUTPUTS = List.of("segments.csv", "tasks.csv", "assignments.csv", "facts.csv", "summary.json");

    @TempDir
    Path tmp;

    private static CycleRunner runner() {
        return new CycleRunner(SettingsLoader.defaults(), RULES, Progress.NONE);
    }

    /** Ten customers in October, all high value, a phone manager with room. */
    private static ProvinceFiles tenCustomers() {
        ProvinceFiles p = ProvinceFiles.province().manager("pm1", "phone_manager", "hangzhou", "", "true");
        for (int i = 0; i < 10; i++) {
            String m = "1380000000" + i;
            p.subscriber(m).usage(m, "2026-09", "300.00", 400, "active").usage(m, "2026-10", i % 2 == 0 ? "300.00" : "100.00", 400, "active");
        }
        return p;
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, byte[]> snapshot(Path out) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (String f : OUTPUTS) m.put(f, Files.readAllBytes(out.resolve(f)));
        return m;
    }

    @Test
    void aSuccessfulRunWritesTheFiveOutputs() throws IOException {
        Path out = tmp.resolve("out");
        CycleReport report = runner().run(OCT, tenCustomers().writeTo(tmp.resolve("in")), out, null);
        assertThat(listing(out)).containsExactlyInAnyOrderElementsOf(OUTPUTS);
        assertThat(report.subscribers()).isEqualTo(10);
        assertThat(report.outDir()).isEqualTo(out);
        assertThat(Table.read(out.resolve("segments.csv")).header()).containsExactly("msisdn", "month", "tier", "tier_source", "zone",
                "rule", "bill_m1", "mou_m1", "bill_m2", "mou_m2", "state_m1", "churn_score", "value_at_risk", "churn_reasons",
                "rfm_r", "rfm_f", "rfm_m", "rfm", "value_grade", "clv");
        assertThat(Table.read(out.resolve("tasks.csv")).header()).containsExactly("task_id", "msisdn", "month", "kind", "reasons",
                "priority", "value_at_risk", "due_date", "manager_id", "actions", "churn_reasons");
        assertThat(Table.read(out.resolve("assignments.csv")).header()).containsExactly("msisdn", "manager_id", "role", "reason");
        Table facts = Table.read(out.resolve("facts.csv"));
        assertThat(facts.header().subList(2, facts.header().size())).containsExactlyElementsOf(FactNames.TYPES.keySet());
        assertThat(facts.size()).isEqualTo(10);
        Map<String, String> odd = facts.by("msisdn").get("13800000001");
        assertThat(odd).containsEntry("month", "2026-10").containsEntry("zone", "yellow").containsEntry("bill", "100.000000")
                .containsEntry("bill_prev", "300.000000").containsEntry("mou", "400").containsEntry("high_value", "true");
        assertThat(Double.parseDouble(odd.get("bill_change_pct"))).isCloseTo(-66.666667, org.assertj.core.data.Offset.offset(1e-6));
        // even numbers stayed at 300.00 (green), odd ones fell to 100.00 (yellow, bill −67 %)
        assertThat(Table.read(out.resolve("tasks.csv")).column("reasons"))
                .filteredOn("green_lift"::equals).hasSize(5);
        assertThat(Table.read(out.resolve("tasks.csv")).column("reasons"))
                .filteredOn("yellow_zone;bill_down_30"::equals).hasSize(5);
    }

    @Test
    void factsAreWrittenForTheRetentionBaseOnly() throws IOException {
        ProvinceFiles p = tenCustomers()
                .subscriber("13900000001").usage("13900000001", "2026-09", "20.00", 50, "active").usage("13900000001", "2026-10", "20.00", 50, "active")
                .subscriber("13900000002", "hangzhou", "silver", "", "")
                .usage("13900000002", "2026-09", "20.00", 50, "active").usage("13900000002", "2026-10", "20.00", 50, "active");
        Path out = tmp.resolve("out");
        runner().run(OCT, p.writeTo(tmp.resolve("in")), out, null);

        Map<String, Map<String, String>> facts = Table.read(out.resolve("facts.csv")).by("msisdn");
        assertThat(facts).as("a low spender outside the zones has none; a silver card holder has").doesNotContainKey("13900000001")
                .containsKey("13900000002").hasSize(11);
        assertThat(facts.get("13900000002")).containsEntry("zone", "none").containsEntry("tier", "silver");
    }

    @Test
    void aRunFailedOnRejectsLeavesOnlyTheRejectsReport() throws IOException {
        ProvinceFiles p = tenCustomers();
        p.usageRaw("13800000001,2026-08,abc,1,1,1,active").usageRaw("13800000002,2026-08,abc,1,1,1,active");
        Path out = tmp.resolve("out");
        assertThatThrownBy(() -> runner().run(OCT, p.writeTo(tmp.resolve("in")), out, null))
                .isInstanceOf(InputFileException.class)
                .hasMessageContaining("usage_monthly.csv");
        assertThat(listing(out)).as("no outputs, no staging folder, the diagnosis kept").containsExactly("usage_monthly.csv.rejects.csv");
        assertThat(Table.read(out.resolve("usage_monthly.csv.rejects.csv")).column("line")).containsExactly("22", "23");
    }

    @Test
    void aFailedRunLeavesAnEarlierRunsOutputsUntouched() throws IOException {
        Path out = tmp.resolve("out");
        runner().run(OCT, tenCustomers().writeTo(tmp.resolve("good")), out, null);
        Map<String, byte[]> before = snapshot(out);

        ProvinceFiles broken = ProvinceFiles.province().subscriber("13800000001").usage("13800000001", "2026-10", "1.00", 1, "active");
        Path in = broken.writeTo(tmp.resolve("broken"));
        Files.writeString(in.resolve("subscribers.csv"), "msisdn,name\n13800000001,A\n"); // required columns missing
        assertThatThrownBy(() -> runner().run(OCT, in, out, null)).isInstanceOf(InputFileException.class).hasMessageContaining("region");

        Map<String, byte[]> after = snapshot(out);
        for (String f : OUTPUTS) assertThat(after.get(f)).as(f + " untouched").isEqualTo(before.get(f));
        assertThat(listing(out)).containsExactlyInAnyOrderElementsOf(OUTPUTS);
    }

    @Test
    void aMonthWithoutUsageFailsAndWritesNothing() throws IOException {
        Path in = ProvinceFiles.province().subscriber("13800000001").usage("13800000001", "2026-09", "1.00", 1, "active")
                .writeTo(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        assertThatThrownBy(() -> runner().run(OCT, in, out, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-10");
        assertThat(listing(out)).isEmpty();
    }

    @Test
    void aSuccessfulRunRemovesStaleRejectsReports() throws IOException {
        CycleSettings tolerant = CycleSettings.DEFAULTS.withMaxRejectRate(1.0);
        Path out = tmp.resolve("out");
        ProvinceFiles withBadRow = tenCustomers();
        withBadRow.usageRaw("13800000001,2026-08,abc,1,1,1,active");
        new CycleRunner(tolerant, RULES, Progress.NONE).run(OCT, withBadRow.writeTo(tmp.resolve("bad")), out, null);
        assertThat(out.resolve("usage_monthly.csv.rejects.csv")).isRegularFile();

        runner().run(OCT, tenCustomers().writeTo(tmp.resolve("clean")), out, null);
        assertThat(listing(out)).containsExactlyInAnyOrderElementsOf(OUTPUTS);
    }

    @Test
    void previousAssignmentsAreReadAndTheirBadRowsReported() throws IOException {
        CycleSettings tolerant = CycleSettings.DEFAULTS.withMaxRejectRate(1.0);
        ProvinceFiles p = tenCustomers().manager("pm2", "phone_manager", "hangzhou", "", "true");
        Path previous = ProvinceFiles.writeText(tmp.resolve("prev/assignments.csv"),
                "msisdn,manager_id,role,reason\n13800000003,pm2,phone_manager,region_balanced\nnot-a-number,pm2,phone_manager,kept\n");
        Path out = tmp.resolve("out");
        new CycleRunner(tolerant, RULES, Progress.NONE).run(OCT, p.writeTo(tmp.resolve("in")), out, previous);
        Map<String, Map<String, String>> assignments = Table.read(out.resolve("assignments.csv")).by("msisdn");
        assertThat(assignments.get("13800000003")).containsEntry("manager_id", "pm2").containsEntry("reason", "kept");
        assertThat(Table.read(out.resolve("assignments.csv.rejects.csv")).column("line")).containsExactly("3");
    }

    @Test
    void outputsKeepTheNumberAsSubscribersCsvWroteItWhateverFormUsageAndLastAssignmentsUse() throws IOException {
        ProvinceFiles p = ProvinceFiles.province().manager("pm1", "phone_manager", "hangzhou", "", "true")
                .manager("pm2", "phone_manager", "hangzhou", "", "true")
                .subscriber("+8613800000001").usage("13800000001", "2026-09", "300.00", 400, "active")
                .usage("8613800000001", "2026-10", "100.00", 400, "active")
                .subscriber("13800000002").usage("+8613800000002", "2026-09", "300.00", 400, "active")
                .usage("+8613800000002", "2026-10", "100.00", 400, "active");
        Path previous = ProvinceFiles.writeText(tmp.resolve("prev/assignments.csv"),
                "msisdn,manager_id,role,reason\n13800000001,pm2,phone_manager,region_balanced\n+8613800000002,pm2,phone_manager,kept\n");
        Path out = tmp.resolve("out");
        runner().run(OCT, p.writeTo(tmp.resolve("in")), out, previous);

        assertThat(Table.read(out.resolve("segments.csv")).by("msisdn")).containsOnlyKeys("+8613800000001", "13800000002")
                .allSatisfy((msisdn, row) -> assertThat(row).as(msisdn).containsEntry("zone", "yellow"));
        Map<String, Map<String, String>> tasks = Table.read(out.resolve("tasks.csv")).by("msisdn");
        assertThat(tasks).containsOnlyKeys("+8613800000001", "13800000002");
        assertThat(tasks.get("+8613800000001").get("task_id")).as("the id does not depend on the form")
                .isEqualTo(dev.retain.engine.task.TaskPlanner.taskId(OCT, "13800000001"));
        Map<String, Map<String, String>> assignments = Table.read(out.resolve("assignments.csv")).by("msisdn");
        assertThat(assignments).containsOnlyKeys("+8613800000001", "13800000002");
        assertThat(assignments.values()).as("last month's manager kept across the two forms")
                .allSatisfy(a -> assertThat(a).containsEntry("manager_id", "pm2").containsEntry("reason", "kept"));
        assertThat(out.resolve("usage_monthly.csv.rejects.csv")).doesNotExist();
    }

    @Test
    void settingsOverrideTheZoneThresholds() throws IOException {
        Path settings = ProvinceFiles.writeText(tmp.resolve("s/retain.properties"), "zone.high-value-bill=350.00\n");
        Path out = tmp.resolve("out");
        new CycleRunner(SettingsLoader.load(settings), RULES, Progress.NONE).run(OCT, tenCustomers().writeTo(tmp.resolve("in")), out, null);
        // with A = 350 nobody was high value in September: no yellow; nobody reaches A in October
        assertThat(Table.read(out.resolve("segments.csv")).column("zone")).containsOnly("none");
    }

    @Test
    void unknownOrBadSettingsFailNamingTheKey() {
        Path typo = ProvinceFiles.writeText(tmp.resolve("typo.properties"), "zone.high-value-bil=200\n");
        assertThatThrownBy(() -> SettingsLoader.load(typo)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zone.high-value-bil");
        Path bad = ProvinceFiles.writeText(tmp.resolve("bad.properties"), "zone.outgoing-mou=lots\n");
        assertThatThrownBy(() -> SettingsLoader.load(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zone.outgoing-mou");
    }

    @Test
    void theDefaultSettingsAreTheSpecDefaults() {
        CycleSettings s = SettingsLoader.defaults();
        assertThat(s.zones()).isEqualTo(dev.retain.engine.zone.ZoneThresholds.DEFAULTS);
        assertThat(s.customerManagerCapacity()).isEqualTo(500);
        assertThat(s.phoneManagerCapacity()).isEqualTo(6000);
        assertThat(s.maxRejectRate()).isEqualTo(0.01);
        assertThat(s.horizonMonths()).isEqualTo(2);
        assertThat(s).isEqualTo(CycleSettings.DEFAULTS);
    }

    @Test
    void aProvinceOfSeveralParallelChunksGivesByteIdenticalOutputsOnReRun() throws IOException {
        int n = 40_000; // more than two chunks of the parallel zone and rule phases
        StringBuilder subs = new StringBuilder(ProvinceFiles.SUBSCRIBERS_HEADER).append('\n');
        StringBuilder usage = new StringBuilder(ProvinceFiles.USAGE_HEADER).append('\n');
        String[] tiers = {"", "none", "silver", "gold", "diamond"};
        String[] regions = {"hangzhou", "ningbo", "wenzhou"};
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < n; i++) {
            String m = String.format("139%08d", i);
            subs.append(ProvinceFiles.subscriberRow(m, regions[i % 3], tiers[i % 5], "", i % 4 == 0 ? "88.00" : "")).append('\n');
            for (String month : new String[] {"2026-08", "2026-09", "2026-10"}) {
                if (r.nextInt(20) == 0) continue;
                String state = r.nextInt(30) == 0 ? "suspended" : "active";
                usage.append(m).append(',').append(month).append(',').append(r.nextInt(600)).append('.').append(r.nextInt(90) + 10)
                        .append(',').append(r.nextInt(700)).append(",10,1,").append(state).append('\n');
            }
        }
        Path in = tmp.resolve("in");
        ProvinceFiles.writeText(in.resolve("subscribers.csv"), subs.toString());
        ProvinceFiles.writeText(in.resolve("usage_monthly.csv"), usage.toString());
        ProvinceFiles.writeText(in.resolve("managers.csv"), ProvinceFiles.MANAGERS_HEADER + "\n"
                + "cm1,A,customer_manager,hangzhou,,true\npm1,B,phone_manager,hangzhou,,true\npm2,C,phone_manager,ningbo,3000,true\n");

        runner().run(OCT, in, tmp.resolve("a"), null);
        runner().run(OCT, in, tmp.resolve("b"), null);
        for (String f : List.of("segments.csv", "tasks.csv", "assignments.csv")) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f))).as(f).isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
        }
        Table segments = Table.read(tmp.resolve("a/segments.csv"));
        assertThat(segments.size()).isEqualTo(n);
        assertThat(segments.column("zone")).contains("blue", "green", "yellow", "red", "white", "none");
    }
}
