package dev.retain.engine.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.fixtures.Table;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.RuleSetLoader;
import dev.retain.engine.task.TaskPlanner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-written province in {@code golden/province} run through the whole cycle, against
 * outputs derived by hand from the spec ({@code golden/expected}, see golden/README.md).
 */
class GoldenProvinceTests {

    private static final YearMonth MONTH = YearMonth.of(2026, 10);

    @TempDir
    static Path out;

    private static CycleReport report;

    @BeforeAll
    static void runTheCycle() throws IOException {
        report = new CycleRunner(SettingsLoader.defaults(), new RuleSetLoader().loadDefaults(), Progress.NONE)
                .run(MONTH, golden("province"), out, golden("previous-assignments.csv"));
    }

    private static Path golden(String name) {
        try {
            return Path.of(GoldenProvinceTests.class.getResource("/golden/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Table expected(String name) {
        return Table.read(golden("expected/" + name));
    }

    private Table actual(String name) {
        return Table.read(out.resolve(name));
    }

    @Test
    void writesTheFiveOutputsAndNoRejects() throws IOException {
        assertThat(out.resolve("segments.csv")).isRegularFile();
        assertThat(out.resolve("tasks.csv")).isRegularFile();
        assertThat(out.resolve("assignments.csv")).isRegularFile();
        assertThat(out.resolve("summary.json")).isRegularFile();
        assertThat(out.resolve("facts.csv")).isRegularFile();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("the golden inputs are clean, and no staging folder is left behind")
                    .containsExactlyInAnyOrder("segments.csv", "tasks.csv", "assignments.csv", "facts.csv", "summary.json");
        }
        assertThat(report.subscribers()).isEqualTo(23);
    }

    @Test
    void zonesRulesTiersAndDecidingValues() {
        Table expected = expected("segments.csv");
        Map<String, Map<String, String>> actual = actual("segments.csv").by("msisdn");
        assertThat(actual.keySet()).as("one row per subscriber, MSISDNs kept as written")
                .containsExactlyElementsOf(expected.column("msisdn"));
        List<String> differences = new ArrayList<>();
        for (Map<String, String> want : expected.rows()) {
            Map<String, String> got = actual.get(want.get("msisdn"));
            for (String column : expected.header()) {
                if (!want.get(column).equals(got.get(column))) {
                    differences.add(want.get("msisdn") + " " + column + ": expected '" + want.get(column) + "' but was '" + got.get(column) + "'");
                }
            }
            assertThat(got.get("month")).isEqualTo("2026-10");
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void tasksOnePerCustomerWithMergedReasonsKindDueDateAndManager() {
        Table expected = expected("tasks.csv");
        Table actualTable = actual("tasks.csv");
        Map<String, Map<String, String>> actual = actualTable.by("msisdn");
        assertThat(actual.keySet()).as("the customers who get a task").containsExactlyInAnyOrderElementsOf(expected.column("msisdn"));
        List<String> differences = new ArrayList<>();
        for (Map<String, String> want : expected.rows()) {
            Map<String, String> got = actual.get(want.get("msisdn"));
            for (String column : List.of("kind", "reasons", "due_date", "manager_id")) {
                if (!want.get(column).equals(got.get(column))) {
                    differences.add(want.get("msisdn") + " " + column + ": expected '" + want.get(column) + "' but was '" + got.get(column) + "'");
                }
            }
            List<String> actions = Arrays.asList(got.get("actions").split(";"));
            assertThat(actions).as("actions of " + want.get("msisdn") + " are listed once each").doesNotHaveDuplicates();
            assertThat(new LinkedHashSet<>(actions)).as("actions of " + want.get("msisdn"))
                    .containsExactlyInAnyOrderElementsOf(new LinkedHashSet<>(Arrays.asList(want.get("actions").split(";"))));
            assertThat(got.get("task_id")).isEqualTo(TaskPlanner.taskId(MONTH, want.get("msisdn")));
            assertThat(got.get("month")).isEqualTo("2026-10");
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void taskValueAtRiskIsTheSegmentsValueAtRisk() {
        Map<String, Map<String, String>> segments = actual("segments.csv").by("msisdn");
        for (Map<String, String> task : actual("tasks.csv").rows()) {
            assertThat(task.get("value_at_risk")).as(task.get("msisdn"))
                    .isEqualTo(segments.get(task.get("msisdn")).get("value_at_risk"));
        }
    }

    @Test
    void assignmentsFollowRoutingStickinessCapacityAndOverflow() {
        Table expected = expected("assignments.csv");
        Map<String, Map<String, String>> actual = actual("assignments.csv").by("msisdn");
        assertThat(actual.keySet()).as("the customers in the programme")
                .containsExactlyInAnyOrderElementsOf(expected.column("msisdn"));
        List<String> differences = new ArrayList<>();
        for (Map<String, String> want : expected.rows()) {
            Map<String, String> got = actual.get(want.get("msisdn"));
            for (String column : List.of("manager_id", "role", "reason")) {
                if (!want.get(column).equals(got.get(column))) {
                    differences.add(want.get("msisdn") + " " + column + ": expected '" + want.get(column) + "' but was '" + got.get(column) + "'");
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void managersShortPerRegionAndRole() {
        List<Map<String, Object>> shortages = (List<Map<String, Object>>) report.summary().content().get("managers_short");
        List<String> actual = shortages.stream()
                .map(m -> m.get("region") + "," + m.get("role") + "," + m.get("customers") + "," + m.get("capacity") + "," + m.get("managers_short"))
                .toList();
        List<String> wanted = expected("managers_short.csv").rows().stream()
                .map(r -> String.join(",", r.values()))
                .toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(wanted);
    }

    @Test
    void summaryCounts() throws IOException {
        Map<String, Object> content = report.summary().content();
        List<String> differences = new ArrayList<>();
        for (Map<String, String> row : expected("summary.csv").rows()) {
            Object value = lookup(content, row.get("key"));
            if (value == null || !row.get("value").equals(value.toString())) {
                differences.add(row.get("key") + ": expected " + row.get("value") + " but was " + value);
            }
        }
        assertThat(differences).isEmpty();
        assertThat((double) lookup(content, "churn_by_zone.overall_rate")).isCloseTo(4.0 / 22, org.assertj.core.data.Offset.offset(1e-9));
        String json = Files.readString(out.resolve("summary.json"));
        assertThat(json).contains("\"month\": \"2026-10\"").contains("\"managers_short_total\": 4");
    }

    @Test
    void churnScoreAndValueAtRisk() {
        // value at risk = churn score × monthly value (the higher bill of M-1 and M-2) × horizon 2 (data-formats.md)
        Map<String, Map<String, String>> actual = actual("segments.csv").by("msisdn");
        List<String> differences = new ArrayList<>();
        for (Map<String, String> want : expected("value_at_risk.csv").rows()) {
            Map<String, String> got = actual.get(want.get("msisdn"));
            if (!want.get("churn_score").equals(got.get("churn_score"))) {
                differences.add(want.get("msisdn") + " churn_score: expected " + want.get("churn_score") + " but was " + got.get("churn_score"));
            }
            String w = want.get("value_at_risk");
            String g = got.get("value_at_risk");
            boolean same = w.isEmpty() ? g.isEmpty() : !g.isEmpty() && Math.abs(Double.parseDouble(w) - Double.parseDouble(g)) <= 0.011;
            if (!same) differences.add(want.get("msisdn") + " value_at_risk: expected " + w + " but was " + g);
        }
        assertThat(differences).isEmpty();
    }

    private static Object lookup(Map<String, Object> content, String dotted) {
        Object node = content;
        for (String part : dotted.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) return null;
            node = map.get(part);
        }
        return node;
    }
}
