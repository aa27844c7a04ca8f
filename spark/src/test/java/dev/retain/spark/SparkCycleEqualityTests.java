package dev.retain.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.cycle.ChurnModelSource;
import dev.retain.engine.cycle.CycleFiles;
import dev.retain.engine.cycle.CycleRunner;
import dev.retain.engine.cycle.SettingsLoader;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.RuleSetLoader;
import dev.retain.synth.ProvinceGenerator;
import dev.retain.synth.ProvinceSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] against the single machine's cycle on one generated province (with a saved churn
 * model, last month's assignments and a few bad rows planted): segments, facts, tasks, assignments and the
 * rejects reports are equal row for row, from CSV and from Parquet.
 */
class SparkCycleEqualityTests {

    private static final YearMonth MONTH = YearMonth.of(2026, 10);

    @TempDir
    static Path tmp;

    private static SparkSession spark;
    private static Path in;
    private static Path model;
    private static Path previous;
    private static Path single;

    @BeforeAll
    static void province() throws IOException {
        in = tmp.resolve("in");
        new ProvinceGenerator(new ProvinceSpec(4_000, 13, MONTH, 20261202L)).generate(in, n -> { });
        // a month earlier: the model and the assignments the cycle keeps managers from
        Path trained = tmp.resolve("trained");
        runner().run(MONTH.minusMonths(1), in, trained, null);
        model = trained.resolve(CycleRunner.CHURN_MODEL_DIR);
        previous = trained.resolve(CycleFiles.ASSIGNMENTS);
        assertThat(model).as("the model the equality runs score with").isDirectory();
        plantBadRows();
        single = tmp.resolve("single");
        runner().withChurnModel(new ChurnModelSource.Saved(model)).run(MONTH, in, single, previous);
        spark = SparkSessions.local(2);
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void theJobOverCsvEqualsTheSingleMachineRowForRow() throws IOException {
        Path out = tmp.resolve("spark-csv");
        Map<String, Object> summary = new SparkCycle(spark).run(job(in, out, InputFormat.CSV));

        for (String file : SlicePasses.OUTPUTS) {
            assertThat(sparkRows(out.resolve(file))).as(file).isEqualTo(singleRows(single.resolve(file)));
        }
        assertThat(lines(out.resolve("subscribers.csv.rejects.csv"))).as("rejects, with the export's line numbers")
                .isEqualTo(lines(single.resolve("subscribers.csv.rejects.csv")));
        assertThat(lines(out.resolve("usage_monthly.csv.rejects.csv"))).isEqualTo(lines(single.resolve("usage_monthly.csv.rejects.csv")));
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var singleSummary = json.readTree(single.resolve(CycleFiles.SUMMARY).toFile());
        var sparkSummary = json.readTree(out.resolve(CycleFiles.SUMMARY).toFile());
        for (String key : List.of("subscribers", "zones", "zone_rules", "tiers", "tiers_from_rules", "migration", "churn_by_zone", "tasks",
                "tasks_per_kind", "tasks_per_rule", "assigned_customers", "assignments_per_reason", "managers_short_total", "managers_short")) {
            assertThat(sparkSummary.get(key)).as(key).isEqualTo(singleSummary.get(key));
        }
        assertThat(sparkSummary.get("churn_model").get("explained")).isEqualTo(singleSummary.get("churn_model").get("explained"));
        assertThat(((Number) summary.get("tasks")).longValue()).isPositive();
        assertThat(sparkRows(out.resolve(CycleFiles.ASSIGNMENTS))).as("managers kept from last month").anyMatch(l -> l.endsWith(",kept"));
        assertThat(sparkRows(out.resolve(CycleFiles.TASKS))).as("tasks explained by the model").anyMatch(l -> l.matches(".*,[a-z_0-9]+=[^,]*$"));
        assertThat(spark.read().parquet(out.resolve("segments.parquet").toString()).count())
                .isEqualTo(sparkRows(out.resolve(CycleFiles.SEGMENTS)).size() - 1);
    }

    @Test
    void theJobOverParquetEqualsTheSingleMachineRowForRow() throws IOException {
        Path parquetIn = tmp.resolve("in-parquet");
        for (ContractFile f : ContractFile.values()) {
            Path csv = in.resolve(f.csvName);
            if (f == ContractFile.PREVIOUS_ASSIGNMENTS || !Files.exists(csv)) continue;
            // text columns in one file: the rows keep their order, so row N is the CSV's line N + 1
            spark.read().option("header", "true").option("escape", "\"").csv(csv.toString()).coalesce(1)
                    .write().parquet(parquetIn.resolve(f.name(InputFormat.PARQUET)).toString());
        }
        Path out = tmp.resolve("spark-parquet");
        new SparkCycle(spark).run(job(parquetIn, out, InputFormat.PARQUET));
        for (String file : List.of(CycleFiles.SEGMENTS, CycleFiles.TASKS, CycleFiles.ASSIGNMENTS)) {
            assertThat(sparkRows(out.resolve(file))).as(file).isEqualTo(singleRows(single.resolve(file)));
        }
    }

    @Test
    void tooManyRejectsFailTheJobWithTheEnginesMessageAndLeaveTheReports() throws IOException {
        Path out = tmp.resolve("spark-strict");
        CycleJob strict = new CycleJob(in.toString(), out.toString(), MONTH, InputFormat.CSV, null, null, null, null, 0.00001, 3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SparkCycle(spark).run(strict))
                .isInstanceOf(dev.retain.engine.csv.InputFileException.class)
                .hasMessageContaining("subscribers.csv").hasMessageContaining("1 of 4001 rows rejected");
        assertThat(lines(out.resolve("subscribers.csv.rejects.csv"))).as("the diagnosis is left, as on one machine")
                .isEqualTo(lines(single.resolve("subscribers.csv.rejects.csv")));
        assertThat(out.resolve(CycleFiles.SEGMENTS)).doesNotExist();
    }

    private static CycleJob job(Path input, Path out, InputFormat format) {
        return new CycleJob(input.toString(), out.toString(), MONTH, format, model.toString(), previous.toString(), null, null, null, 3);
    }

    private static CycleRunner runner() {
        return new CycleRunner(SettingsLoader.defaults(), new RuleSetLoader().loadDefaults(), Progress.NONE);
    }

    /** A repeated subscriber (the first row wins) and a usage row with a bad bill, near the ends of their files. */
    private static void plantBadRows() throws IOException {
        Path subscribers = in.resolve("subscribers.csv");
        List<String> rows = Files.readAllLines(subscribers, StandardCharsets.UTF_8);
        Files.writeString(subscribers, rows.get(5) + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Path usage = in.resolve("usage_monthly.csv");
        String[] fields = Files.readAllLines(usage, StandardCharsets.UTF_8).stream().filter(l -> l.contains("," + MONTH + ","))
                .findFirst().orElseThrow().split(",", -1);
        fields[2] = "lots";
        Files.writeString(usage, String.join(",", fields) + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    /** The header, then every row of every part, sorted. */
    private static List<String> sparkRows(Path folder) throws IOException {
        List<String> header = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                List<String> lines = Files.readAllLines(part, StandardCharsets.UTF_8);
                if (lines.isEmpty()) continue;
                if (header.isEmpty()) header.add(lines.get(0));
                assertThat(lines.get(0)).as("every part starts with the header").isEqualTo(header.get(0));
                rows.addAll(lines.subList(1, lines.size()));
            }
        }
        rows.sort(null);
        header.addAll(rows);
        return header;
    }

    private static List<String> singleRows(Path file) throws IOException {
        List<String> lines = lines(file);
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        rows.sort(null);
        List<String> all = new ArrayList<>(List.of(lines.get(0)));
        all.addAll(rows);
        return all;
    }

    private static List<String> lines(Path file) throws IOException {
        assertThat(file).exists();
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
