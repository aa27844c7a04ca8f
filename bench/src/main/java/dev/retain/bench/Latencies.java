package dev.retain.bench;

import java.util.Arrays;

/** Request latencies of one page, in nanoseconds; percentiles by rank on the sorted values. */
final class Latencies {

    private long[] nanos = new long[4096];
    private int count;

    void add(long value) {
        if (count == nanos.length) nanos = Arrays.copyOf(nanos, count * 2);
        nanos[count++] = value;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) add(other.nanos[i]);
    }

    int count() {
        return count;
    }

    double percentileMillis(double p) {
        if (count == 0) return Double.NaN;
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1e6;
    }
}
