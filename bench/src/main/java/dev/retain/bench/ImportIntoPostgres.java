package dev.retain.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code retain import DIR} as a user runs it: the application jar in its own JVM against
 * a fresh embedded PostgreSQL (a new RETAIN_HOME per run), then the same folder imported a
 * second time into the now full database (the idempotent re-import). Quotes the import's
 * own rows/s (from its summary line: reading, validating, COPY, merge and commit, without
 * JVM and database start-up) and the wall time of the command, as medians.
 */
final class ImportIntoPostgres {

    private static final Pattern SUMMARY = Pattern.compile(
            "import \\d+ succeeded: ([0-9,]+) rows read, [0-9,]+ loaded, [0-9,]+ rejected in ([0-9.]+) s");

    private ImportIntoPostgres() {
    }

    record Timing(long rows, double importSeconds, double wallSeconds) {
        double rowsPerSecond() {
            return rows / importSeconds;
        }
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        long subscribers = a.number("subscribers", 200_000);
        int runs = (int) a.number("runs", 3);
        Path dir = Path.of(a.text("dir", "var/bench/province-" + subscribers));
        Path jar = Path.of(a.text("jar", "app/target/retain-app.jar"));
        String heap = a.text("heap", "4g");
        if (!Files.isRegularFile(jar)) throw new IllegalArgumentException(jar + " not found: build it with ./mvnw -pl app -am package");
        CycleVersusDuckDb.ensureProvince(dir, subscribers, YearMonth.parse(a.text("month", "2026-10")));

        System.out.printf(Locale.ROOT, "machine: %d cores; import of %s with %s (-Xmx%s)%n", Runtime.getRuntime().availableProcessors(),
                dir, jar, heap);
        List<Timing> first = new ArrayList<>();
        List<Timing> again = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            Path home = Files.createTempDirectory("retain-import-bench-");
            try {
                Timing load = importOnce(jar, heap, dir, home);
                Timing reload = importOnce(jar, heap, dir, home);
                first.add(load);
                again.add(reload);
                System.out.printf(Locale.ROOT, "run %d: first load %,d rows in %.1f s (%,.0f rows/s, command %.1f s); re-import %.1f s (%,.0f rows/s)%n",
                        r, load.rows(), load.importSeconds(), load.rowsPerSecond(), load.wallSeconds(), reload.importSeconds(), reload.rowsPerSecond());
            } finally {
                deleteTree(home);
            }
        }
        report("first load into an empty database", first);
        report("re-import of the same files (changes nothing)", again);
    }

    private static void report(String what, List<Timing> timings) {
        double seconds = Medians.of(timings.stream().mapToDouble(Timing::importSeconds).toArray());
        double rate = Medians.of(timings.stream().mapToDouble(Timing::rowsPerSecond).toArray());
        double wall = Medians.of(timings.stream().mapToDouble(Timing::wallSeconds).toArray());
        System.out.printf(Locale.ROOT, "%s: %,d rows, median %.1f s = %,.0f rows/s (command incl. JVM and database start %.1f s)%n",
                what, timings.get(0).rows(), seconds, rate, wall);
    }

    private static Timing importOnce(Path jar, String heap, Path dir, Path home) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx" + heap, "-XX:+UseParallelGC", "-jar", jar.toString(), "import", dir.toString())
                .redirectErrorStream(true);
        pb.environment().put("RETAIN_HOME", home.toString());
        pb.environment().remove("RETAIN_DB_URL"); // always the embedded database of this fresh home
        long t0 = System.nanoTime();
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) lines.add(line);
        }
        int code = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        for (String line : lines) {
            Matcher m = SUMMARY.matcher(line);
            if (m.find() && line.startsWith("import ")) {
                if (code != 0) throw new IllegalStateException("retain import exited " + code + ":\n" + String.join("\n", lines));
                return new Timing(Long.parseLong(m.group(1).replace(",", "")), Double.parseDouble(m.group(2)), wall);
            }
        }
        throw new IllegalStateException("retain import exited " + code + " without a summary:\n" + String.join("\n", lines));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
