package dev.retain.engine.grade;

import java.util.Arrays;

/**
 * Scores 1–5 by quintiles, higher value = higher score, over the entries a mask includes. A value's
 * score is ⌈5 × the share of the included values that are at most it⌉: the top fifth scores 5, the
 * bottom fifth 1. Equal values always share a score — the highest their group reaches — so a base
 * where four in five are tied at the best value gives all of them 5, and a base of one scores 5.
 */
public final class QuintileScores {

    private QuintileScores() {
    }

    /** One score per entry; 0 where {@code included} is false. NaN values are not allowed. */
    public static byte[] of(double[] values, boolean[] included) {
        if (values.length != included.length) throw new IllegalArgumentException("values and mask differ in length");
        int n = 0;
        for (boolean b : included) if (b) n++;
        double[] sorted = new double[n];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (!included[i]) continue;
            if (Double.isNaN(values[i])) throw new IllegalArgumentException("NaN value at " + i);
            sorted[k++] = values[i];
        }
        Arrays.parallelSort(sorted);
        byte[] scores = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            if (included[i]) scores[i] = score(atMost(sorted, values[i]), n);
        }
        return scores;
    }

    /** The score of a value with {@code atMost} of the {@code n} values at most it (1 ≤ atMost ≤ n). */
    static byte score(long atMost, long n) {
        long s = (5 * atMost + n - 1) / n; // ⌈5 × atMost / n⌉ in whole numbers, so that exact fifths do not round up
        return (byte) Math.max(1, Math.min(5, s));
    }

    /** How many of the sorted values are ≤ v: the index after v's last copy. */
    private static int atMost(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
