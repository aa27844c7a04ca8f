package dev.retain.engine.grade;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;

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
        return apply(values, included, cuts(values, included));
    }

    /**
     * The four cuts of the included values: score k+1 starts at {@code cuts[k-1]}. ⌈5 × atMost(v) / n⌉ ≤ k
     * exactly when v is below the value at sorted index ⌊k × n / 5⌋, so four order statistics decide every score.
     */
    public static double[] cuts(double[] values, boolean[] included) {
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
        double[] cuts = new double[4];
        for (int fifth = 1; fifth <= 4; fifth++) cuts[fifth - 1] = n == 0 ? 0 : sorted[cutIndex(fifth, n)];
        return cuts;
    }

    /**
     * The same cuts from each distinct value's count, in ascending order of value, {@code n} being the counts'
     * sum: how a province split over machines finds them in one pass, without gathering every value in one place.
     */
    public static double[] cutsFromCounts(long n, Iterator<Map.Entry<Double, Long>> ascending) {
        double[] cuts = new double[4];
        int fifth = 1;
        long end = 0; // the sorted index after the last copy of the value read
        while (fifth <= 4 && n > 0 && ascending.hasNext()) {
            Map.Entry<Double, Long> e = ascending.next();
            if (Double.isNaN(e.getKey())) throw new IllegalArgumentException("NaN value");
            end += e.getValue();
            while (fifth <= 4 && cutIndex(fifth, n) < end) cuts[fifth++ - 1] = e.getKey();
        }
        if (fifth <= 4 && n > 0) throw new IllegalArgumentException("the counts add up to less than " + n);
        return cuts;
    }

    /** Scores by the given cuts; 0 where {@code included} is false. */
    public static byte[] apply(double[] values, boolean[] included, double[] cuts) {
        byte[] scores = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!included[i]) continue;
            double v = values[i];
            scores[i] = (byte) (1 + (v >= cuts[0] ? 1 : 0) + (v >= cuts[1] ? 1 : 0) + (v >= cuts[2] ? 1 : 0) + (v >= cuts[3] ? 1 : 0));
        }
        return scores;
    }

    private static int cutIndex(int fifth, long n) {
        return (int) ((long) fifth * n / 5);
    }

    /** The definition, for tests: the score of a value with {@code atMost} of the {@code n} values at most it (1 ≤ atMost ≤ n). */
    static byte score(long atMost, long n) {
        long s = (5 * atMost + n - 1) / n; // ⌈5 × atMost / n⌉ in whole numbers, so that exact fifths do not round up
        return (byte) Math.max(1, Math.min(5, s));
    }
}
