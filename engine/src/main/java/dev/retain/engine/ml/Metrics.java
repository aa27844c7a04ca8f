package dev.retain.engine.ml;

import java.util.ArrayList;
import java.util.List;

/**
 * Ranking and calibration measures of scores against 0/1 labels. Pure functions. Tied
 * scores are handled exactly: AUC gives a tied positive–negative pair half a point, and
 * where a top-K cut falls inside a group of tied scores the group counts in proportion
 * (its positive rate times the places it takes), so the result never depends on the
 * order of tied rows.
 */
public final class Metrics {

    private Metrics() {
    }

    /** Area under the ROC curve (Mann–Whitney with mid-ranks); NaN when one class is absent. */
    public static double auc(float[] scores, float[] labels) {
        check(scores, labels);
        int n = scores.length;
        int[] order = ascending(scores);
        double rankSumPositives = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) j++;
            double midRank = (i + j) / 2.0 + 1; // 1-based
            for (int t = i; t <= j; t++) {
                if (labels[order[t]] == 1f) {
                    rankSumPositives += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) return Double.NaN;
        return (rankSumPositives - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** The positive rate among the 10 % highest scores divided by the overall positive rate. */
    public static double topDecileLift(float[] scores, float[] labels) {
        check(scores, labels);
        int n = scores.length;
        double positives = 0;
        for (float y : labels) positives += y;
        if (n == 0 || positives == 0) return Double.NaN;
        double k = n / 10.0;
        return (positivesInTop(scores, labels, k) / k) / (positives / n);
    }

    /** Of the {@code k} highest scores, the share that are positive ({@code k} is cut to the number of rows). */
    public static double precisionAtK(float[] scores, float[] labels, int k) {
        check(scores, labels);
        if (k <= 0) throw new IllegalArgumentException("k must be ≥ 1, not " + k);
        double kk = Math.min(k, scores.length);
        if (kk == 0) return Double.NaN;
        return positivesInTop(scores, labels, kk) / kk;
    }

    /**
     * Rows sorted by score and cut into {@code bins} bins of (nearly) equal count; tied
     * scores always share a bin, so a bin may be larger or missing; empty bins are left out.
     */
    public static List<CalibrationBin> calibration(float[] scores, float[] labels, int bins) {
        check(scores, labels);
        if (bins < 1) throw new IllegalArgumentException("bins must be ≥ 1");
        int n = scores.length;
        int[] order = ascending(scores);
        double[] sumScore = new double[bins];
        double[] sumLabel = new double[bins];
        long[] count = new long[bins];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) j++;
            int bin = (int) Math.min(bins - 1, (long) i * bins / n);
            for (int t = i; t <= j; t++) {
                sumScore[bin] += scores[order[t]];
                sumLabel[bin] += labels[order[t]];
                count[bin]++;
            }
            i = j + 1;
        }
        List<CalibrationBin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) out.add(new CalibrationBin(sumScore[b] / count[b], sumLabel[b] / count[b], count[b]));
        }
        return out;
    }

    /** Expected positives among the {@code k} (possibly fractional) highest scores; a tie group at the cut counts pro rata. */
    static double positivesInTop(float[] scores, float[] labels, double k) {
        int n = scores.length;
        int[] order = ascending(scores);
        double taken = 0;
        double found = 0;
        int j = n - 1;
        while (j >= 0 && taken < k) {
            int i = j;
            while (i - 1 >= 0 && scores[order[i - 1]] == scores[order[j]]) i--;
            int size = j - i + 1;
            double groupPositives = 0;
            for (int t = i; t <= j; t++) groupPositives += labels[order[t]];
            double take = Math.min(size, k - taken);
            found += groupPositives * take / size;
            taken += take;
            j = i - 1;
        }
        return found;
    }

    private static int[] ascending(float[] scores) {
        int n = scores.length;
        long[] keyed = new long[n];
        for (int i = 0; i < n; i++) keyed[i] = ((long) sortable(scores[i]) << 32) | i;
        java.util.Arrays.sort(keyed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = (int) keyed[i];
        return order;
    }

    /** An int that orders like the float (total order, −0 before +0 is irrelevant for scores). */
    private static int sortable(float f) {
        int bits = Float.floatToIntBits(f == 0f ? 0f : f);
        return bits >= 0 ? bits : bits ^ 0x7FFFFFFF;
    }

    private static void check(float[] scores, float[] labels) {
        if (scores.length != labels.length) throw new IllegalArgumentException(scores.length + " scores for " + labels.length + " labels");
        for (float s : scores) if (Float.isNaN(s)) throw new IllegalArgumentException("a score is NaN");
        for (float y : labels) if (y != 0f && y != 1f) throw new IllegalArgumentException("labels must be 0 or 1, found " + y);
    }
}
