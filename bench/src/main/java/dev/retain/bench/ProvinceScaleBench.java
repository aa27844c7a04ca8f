package dev.retain.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 17's province benchmark, one command: the cycle's work on a generated province by every path, each run as
 * a whole process (start-up included, as a user runs it), the paths alternated round after round so each sees the
 * same machine state, medians reported with subscribers per second, peak memory and the ratio to the engine.
 * <ul>
 *   <li>engine-csv, engine-parquet: {@code retain cycle --no-model} over the CSV and the Parquet folder;</li>
 *   <li>spark-local: the Spark job in local mode on all cores ({@code spark/}, over the CSV);</li>
 *   <li>duckdb: DuckDB classifying the five zones in SQL over the same CSV;</li>
 *   <li>postgres: PostgreSQL classifying them in SQL over the imported tables (the query alone: the server is up);</li>
 *   <li>floor: reading the input files' bytes and nothing else.</li>
 * </ul>
 * A path whose prerequisites are missing (a Parquet folder, a built Spark module, an imported database) is skipped
 * with the reason.
 */
final class ProvinceScaleBench {

    private ProvinceScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        int runs = (int) a.number("runs", 3);
        YearMonth month = YearMonth.parse(a.text("month", "2026-10"));
        String heap = a.text("heap", "10g");
        int cores = Runtime.getRuntime().availableProcessors();
        Path appJar = Path.of(a.text("jar", "app/target/retain-app.jar"));
        Path benchJar = Path.of(a.text("bench-jar", "bench/target/retain-bench.jar"));
        Path sparkJar = Path.of(a.text("spark-jar", "spark/target/retain-spark.jar"));
        Path sparkClasspath = Path.of(a.text("spark-classpath", "spark/target/local-classpath.txt"));
        String pgData = a.text("pg-data", "");
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s; each path a whole process with -Xmx%s; %d alternating rounds%n", cores,
                System.getProperty("java.vm.name"), System.getProperty("java.version"), heap, runs);
        for (String size : a.text("subscribers", "1000000").split(",")) {
            long subscribers = Long.parseLong(size.trim());
            Path csv = Path.of(a.text("dir", "var/bench")).resolve("province-" + subscribers);
            CycleVersusDuckDb.ensureProvince(csv, subscribers, month);
            Path parquet = csv.resolveSibling(csv.getFileName() + "-parquet");
            Path work = Files.createDirectories(csv.resolveSibling(csv.getFileName() + "-scale-out"));
            List<ScaleLeg> legs = legs(a, csv, parquet, work, month, heap, cores, appJar, benchJar, sparkJar, sparkClasspath, pgData);
            run(subscribers, legs, runs);
        }
    }

    private static List<ScaleLeg> legs(BenchArgs a, Path csv, Path parquet, Path work, YearMonth month, String heap, int cores, Path appJar,
                                       Path benchJar, Path sparkJar, Path sparkClasspath, String pgData) throws IOException {
        List<ScaleLeg> legs = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String m = month.toString();
        legs.add(ScaleLeg.of("engine-csv", require(appJar, "build it: ./mvnw -pl app -am package"),
                List.of(java, "-Xmx" + heap, "-jar", appJar.toString(), "cycle", "--month", m, "--in", csv.toString(), "--out",
                        work.resolve("engine-csv").toString(), "--no-model")));
        legs.add(ScaleLeg.of("engine-parquet", Files.exists(parquet.resolve("subscribers.parquet")) ? null
                        : "no Parquet folder " + parquet + " (./retain generate --format parquet … --out " + parquet + ")",
                List.of(java, "-Xmx" + heap, "-jar", appJar.toString(), "cycle", "--month", m, "--in", parquet.toString(), "--out",
                        work.resolve("engine-parquet").toString(), "--no-model")));
        String sparkMissing = require(sparkJar, "build it: ./mvnw -pl spark -am package");
        if (sparkMissing == null) sparkMissing = require(sparkClasspath, "build it: ./mvnw -pl spark -am package");
        List<String> spark = new ArrayList<>(List.of(java, "-Xmx" + heap));
        if (sparkMissing == null) {
            spark.addAll(SparkLaunch.jvmFlags());
            spark.addAll(List.of("-Dspark.master=local[" + cores + "]", "-Dspark.ui.enabled=false", "-Dspark.driver.host=127.0.0.1",
                    "-cp", sparkJar + File.pathSeparator + Files.readString(sparkClasspath).trim(), "dev.retain.spark.SparkCycleMain",
                    "--in", csv.toString(), "--out", work.resolve("spark").toString(), "--month", m,
                    "--partitions", String.valueOf(a.number("spark-partitions", cores * 4))));
        }
        legs.add(ScaleLeg.of("spark-local", sparkMissing, spark));
        String benchMissing = require(benchJar, "build it: ./mvnw -pl bench -am package");
        legs.add(ScaleLeg.of("duckdb", benchMissing, List.of(java, "-Xmx" + heap, "-cp", benchJar.toString(), ScaleLegs.class.getName(),
                "duckdb", csv.toString(), work.resolve("duckdb-zones.csv").toString(), m, String.valueOf(cores))));
        legs.add(ScaleLeg.of("postgres", benchMissing != null ? benchMissing : pgData.isEmpty() ? "no --pg-data (an imported database's var/db/data)" : null,
                List.of(java, "-Xmx2g", "-cp", benchJar.toString(), ScaleLegs.class.getName(), "postgres", pgData, m)));
        legs.add(ScaleLeg.of("floor", benchMissing, List.of(java, "-Xmx1g", "-cp", benchJar.toString(), ScaleLegs.class.getName(), "floor",
                csv.toString())));
        return legs;
    }

    private static String require(Path file, String how) {
        return Files.exists(file) ? null : file + " not found (" + how + ")";
    }

    private static void run(long subscribers, List<ScaleLeg> legs, int runs) throws Exception {
        Map<String, List<ScaleLeg.Result>> results = new LinkedHashMap<>();
        for (ScaleLeg leg : legs) {
            if (leg.skipped() != null) System.out.printf("%-15s skipped: %s%n", leg.name(), leg.skipped());
            else results.put(leg.name(), new ArrayList<>());
        }
        for (int r = 1; r <= runs; r++) {
            for (ScaleLeg leg : legs) {
                if (leg.skipped() != null) continue;
                ScaleLeg.Result result = leg.runOnce();
                results.get(leg.name()).add(result);
                System.out.printf(Locale.ROOT, "round %d %-15s %8.2f s  peak %,7d MB%s%n", r, leg.name(), result.seconds(), result.peakMb(),
                        result.note().isEmpty() ? "" : "  (" + result.note() + ")");
            }
        }
        double engine = results.containsKey("engine-csv") ? median(results.get("engine-csv")) : Double.NaN;
        System.out.printf(Locale.ROOT, "%n%,d subscribers, medians of %d rounds:%n", subscribers, runs);
        System.out.printf("| path | wall s | subscribers/s | peak MB | time / engine-csv |%n|---|---|---|---|---|%n");
        results.forEach((name, list) -> {
            double s = median(list);
            long peak = list.stream().mapToLong(ScaleLeg.Result::peakMb).max().orElse(0);
            System.out.printf(Locale.ROOT, "| %s | %.2f | %,.0f | %,d | %.2f |%n", name, s, subscribers / s, peak, s / engine);
        });
    }

    private static double median(List<ScaleLeg.Result> list) {
        return Medians.of(list.stream().mapToDouble(ScaleLeg.Result::seconds).toArray());
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
