package dev.retain.bench;

import java.util.Arrays;

/** The median of timed runs; benchmarks quote medians, never single runs or means. */
final class Medians {

    private Medians() {
    }

    static double of(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
