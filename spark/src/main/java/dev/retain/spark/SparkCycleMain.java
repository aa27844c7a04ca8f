package dev.retain.spark;

import dev.retain.engine.cycle.CycleSummary;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;

/**
 * {@code spark-submit --class dev.retain.spark.SparkCycleMain retain-spark.jar --in … --out … --month 2026-10 [options]}:
 * the monthly cycle on a cluster (docs/scale.md). The master, executors and memory come from spark-submit.
 */
public final class SparkCycleMain {

    private static final Set<String> OPTIONS = Set.of("in", "out", "month", "format", "model", "previous-assignments", "settings", "rules",
            "max-reject-rate", "partitions");

    private SparkCycleMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        SparkSession spark = SparkSessions.forTheJob(SparkSession.builder()).getOrCreate();
        try {
            int partitions = o.containsKey("partitions") ? Integer.parseInt(o.get("partitions"))
                    : Math.max(1, spark.sparkContext().defaultParallelism() * 2);
            CycleJob job = new CycleJob(o.get("in"), o.get("out"), o.get("month") == null ? null : YearMonth.parse(o.get("month")),
                    InputFormat.parse(o.getOrDefault("format", "csv")), o.get("model"), o.get("previous-assignments"), o.get("settings"),
                    o.get("rules"), o.containsKey("max-reject-rate") ? Double.valueOf(o.get("max-reject-rate")) : null, partitions);
            Map<String, Object> summary = new SparkCycle(spark).run(job);
            System.out.println(CycleSummary.json(summary));
        } finally {
            spark.stop();
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || !OPTIONS.contains(a.substring(2))) {
                throw new IllegalArgumentException("unknown option '" + a + "'; options: --" + String.join(", --", new java.util.TreeSet<>(OPTIONS)));
            }
            if (i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value");
            o.put(a.substring(2), args[++i]);
        }
        return o;
    }
}
