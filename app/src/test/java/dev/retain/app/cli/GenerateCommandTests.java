package dev.retain.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.cli.RetainCommandLineTests.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code retain generate --format parquet} (issue 17): Parquet files only, which validate and cycle read like the CSV. */
class GenerateCommandTests {

    @TempDir
    Path work;

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void parquetProvinceIsWrittenAndTheCycleReadsIt() throws IOException {
        Path province = work.resolve("province");
        Result g = RetainCommandLineTests.run("generate", "--subscribers", "300", "--months", "4", "--seed", "5", "--format", "parquet",
                "--out", province.toString());
        assertThat(g.code()).as(g.err()).isZero();
        assertThat(g.out()).contains("generated 300 subscribers").contains("as Parquet");
        List<String> files = listing(province);
        assertThat(files).contains("subscribers.parquet", "usage_monthly.parquet", "call_peers.parquet", "plans.parquet",
                "managers.parquet", "groups.parquet", "regions.parquet");
        assertThat(files).allMatch(f -> f.endsWith(".parquet"), "no CSV left");

        Result v = RetainCommandLineTests.run("validate", "--in", province.toString(), "--out", work.resolve("validate").toString());
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out()).contains("subscribers.csv", "usage_monthly.csv", "0 rejected");

        Path out = work.resolve("cycle");
        Result c = RetainCommandLineTests.run("cycle", "--month", "2026-10", "--in", province.toString(), "--out", out.toString());
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).contains("cycle 2026-10: 300 subscribers");
        assertThat(Files.readAllLines(out.resolve("segments.csv"))).hasSize(301);
        for (String f : List.of("tasks.csv", "assignments.csv", "summary.json")) assertThat(out.resolve(f)).exists();
    }

    @Test
    void theSameProvinceInCsvAndParquetGivesTheSameCycle() throws IOException {
        Path csv = work.resolve("csv");
        Path parquet = work.resolve("parquet");
        assertThat(RetainCommandLineTests.run("generate", "--subscribers", "300", "--months", "4", "--seed", "5", "--out", csv.toString()).code()).isZero();
        assertThat(RetainCommandLineTests.run("generate", "--subscribers", "300", "--months", "4", "--seed", "5", "--format", "parquet",
                "--out", parquet.toString()).code()).isZero();
        for (Path in : List.of(csv, parquet)) {
            Result c = RetainCommandLineTests.run("cycle", "--month", "2026-10", "--in", in.toString(), "--out", work.resolve("out-" + in.getFileName()).toString());
            assertThat(c.code()).as(c.err()).isZero();
        }
        for (String f : List.of("segments.csv", "tasks.csv", "assignments.csv")) {
            assertThat(Files.mismatch(work.resolve("out-csv").resolve(f), work.resolve("out-parquet").resolve(f))).as(f).isEqualTo(-1L);
        }
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Result r = RetainCommandLineTests.run("generate", "--format", "xlsx", "--out", work.resolve("x").toString());
        assertThat(r.code()).isEqualTo(64);
        assertThat(r.err()).contains("--format must be csv or parquet");
    }
}
