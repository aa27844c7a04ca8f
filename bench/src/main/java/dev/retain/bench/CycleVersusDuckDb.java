package dev.retain.bench;

import dev.retain.engine.cycle.ChurnModelSource;
import dev.retain.engine.cycle.CycleReport;
import dev.retain.engine.cycle.CycleRunner;
import dev.retain.engine.cycle.CycleSettings;
import dev.retain.engine.cycle.SettingsLoader;
import dev.retain.engine.value.Zone;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.rules.RuleSetLoader;
import dev.retain.synth.ProvinceGenerator;
import dev.retain.synth.ProvinceSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The cycle (load, zones, rules, tasks, assignment, four output files) against DuckDB
 * computing the five zones over the same CSV files, alternated in one JVM so both see the
 * same machine state and a warm page cache. Prints every run, the medians and the ratio,
 * and checks that both found the same number of subscribers in each zone.
 */
final class CycleVersusDuckDb {

    /** DuckDB computes the zones only: the cycle is measured without the churn model (see churn-model for it). */
    private static final ChurnModelSource ZONES_ONLY = new ChurnModelSource.BaseRates();

    private CycleVersusDuckDb() {
    }

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args);
        long subscribers = a.number("subscribers", 1_000_000);
        int runs = (int) a.number("runs", 5);
        YearMonth month = YearMonth.parse(a.text("month", "2026-10"));
        Path dir = Path.of(a.text("dir", "var/bench/province-" + subscribers));
        int threads = Runtime.getRuntime().availableProcessors();
        ensureProvince(dir, subscribers, month);

        CycleSettings settings = SettingsLoader.defaults();
        RuleSet rules = new RuleSetLoader().loadDefaults();
        Path engineOut = dir.resolveSibling(dir.getFileName() + "-engine-out");
        Path duckOut = dir.resolveSibling(dir.getFileName() + "-duckdb-segments.csv");

        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, max heap %d MB%n", threads, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        // one untimed run of each: JIT warm-up for the engine, extension loading for DuckDB
        CycleReport warm = new CycleRunner(settings, rules, Progress.NONE).withChurnModel(ZONES_ONLY).run(month, dir, engineOut, null);
        Map<String, Long> duckCounts = DuckDbZones.run(dir, duckOut, month, threads);
        checkSameZones(warm, duckCounts);

        double[] engine = new double[runs];
        double[] duck = new double[runs];
        Map<String, Long> phases = new LinkedHashMap<>();
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            CycleReport report = new CycleRunner(settings, rules, Progress.NONE).withChurnModel(ZONES_ONLY).run(month, dir, engineOut, null);
            engine[r] = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            DuckDbZones.run(dir, duckOut, month, threads);
            duck[r] = (System.nanoTime() - t1) / 1e9;
            @SuppressWarnings("unchecked")
            Map<String, Long> laps = (Map<String, Long>) report.summary().content().get("timings_ms");
            System.out.printf(Locale.ROOT, "run %d: retain %.2f s (%s), duckdb %.2f s%n", r + 1, engine[r], laps, duck[r]);
            if (r == runs - 1) phases.putAll(laps);
        }
        double e = Medians.of(engine);
        double d = Medians.of(duck);
        System.out.printf(Locale.ROOT, "subscribers: %,d; usage file: %,d MB%n", warm.subscribers(), Files.size(dir.resolve("usage_monthly.csv")) >> 20);
        System.out.printf(Locale.ROOT, "retain cycle (zones+rules+tasks+assignment, 4 files): median %.2f s = %,.0f subscribers/s%n", e, warm.subscribers() / e);
        System.out.printf(Locale.ROOT, "duckdb_jdbc (five zones, 1 file):                   median %.2f s = %,.0f subscribers/s%n",
                d, warm.subscribers() / d);
        System.out.printf(Locale.ROOT, "ratio duckdb/retain: %.2f (above 1 = Retain faster)%n", d / e);
    }

    static void ensureProvince(Path dir, long subscribers, YearMonth month) throws Exception {
        Path marker = dir.resolve(".complete");
        if (Files.exists(marker)) return;
        Files.createDirectories(dir);
        System.out.printf("generating %,d subscribers x 13 months into %s ...%n", subscribers, dir);
        long t = System.nanoTime();
        new ProvinceGenerator(new ProvinceSpec(subscribers, 13, month, 7)).generate(dir, n -> { });
        System.out.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - t) / 1e9);
        Files.writeString(marker, "ok\n");
    }

    private static void checkSameZones(CycleReport engine, Map<String, Long> duck) {
        for (Zone z : Zone.values()) {
            long mine = engine.summary().zoneCount(z) + (z == Zone.NONE ? leftCount(engine) : 0);
            long theirs = duck.getOrDefault(z.code(), 0L);
            if (mine != theirs) {
                throw new IllegalStateException("zone " + z.code() + ": retain " + mine + " vs duckdb " + theirs + " — the two disagree");
            }
        }
        System.out.println("zone counts agree: " + duck);
    }

    @SuppressWarnings("unchecked")
    private static long leftCount(CycleReport engine) {
        return ((Map<String, Long>) engine.summary().content().get("zone_rules")).get("none_left");
    }
}
