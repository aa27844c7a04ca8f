package dev.retain.spark;

import java.time.YearMonth;

/**
 * One run of the cycle on Spark: where the province's files are and in which format, where the outputs go
 * (any Hadoop-compatible path), the closed month, and optionally a saved churn model folder, last month's
 * assignments, a settings file and a rules file (all local paths on the driver, or Hadoop paths), and the
 * number of partitions the subscribers are split into.
 */
public record CycleJob(String in, String out, YearMonth month, InputFormat format, String model, String previousAssignments,
                       String settings, String rules, Double maxRejectRate, int partitions) {

    public CycleJob {
        if (in == null || out == null || month == null) throw new IllegalArgumentException("--in, --out and --month are required");
        if (partitions < 1) throw new IllegalArgumentException("--partitions must be at least 1: " + partitions);
    }
}
