package dev.retain.engine.churn;

import dev.retain.engine.ml.FeatureMatrix;
import dev.retain.engine.load.CallSummary;
import dev.retain.engine.load.MonthUsage;
import dev.retain.engine.load.Subscribers;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Feature rows and labels of subscriber-months: every eligible subscriber at each
 * observation month, or a deterministic sample of them when there are more than
 * {@code maxRows} (the same subscribers and months on every run; {@code sampleRate} says
 * which share was kept).
 */
public record TrainingSet(FeatureMatrix features, float[] labels, YearMonth[] monthOfRow, int[] subscriberOfRow, double sampleRate) {

    public static TrainingSet build(ChurnHistory history, List<YearMonth> observationMonths, int horizon, long maxRows) {
        Subscribers subs = history.province().subscribers();
        int n = subs.size();
        // pass 1: who is eligible at each month, to size the matrix once
        boolean[][] take = new boolean[observationMonths.size()][];
        long eligible = 0;
        for (int m = 0; m < observationMonths.size(); m++) {
            YearMonth t = observationMonths.get(m);
            boolean[] row = new boolean[n];
            for (int i = 0; i < n; i++) {
                row[i] = history.eligible(i, t);
                if (row[i]) eligible++;
            }
            take[m] = row;
        }
        double keep = eligible <= maxRows ? 1.0 : (double) maxRows / eligible;
        int rows = 0;
        int[][] offset = new int[observationMonths.size()][n];
        for (int m = 0; m < observationMonths.size(); m++) {
            for (int i = 0; i < n; i++) {
                if (take[m][i] && keep < 1.0 && sampleHash(i, observationMonths.get(m)) >= keep) take[m][i] = false;
                offset[m][i] = take[m][i] ? rows++ : -1;
            }
        }
        int cols = ChurnFeatures.count();
        float[] values = new float[Math.multiplyExact(rows, cols)];
        float[] labels = new float[rows];
        YearMonth[] monthOfRow = new YearMonth[rows];
        int[] subscriberOfRow = new int[rows];
        // pass 2: features and labels, chunks of subscribers on all cores
        for (int m = 0; m < observationMonths.size(); m++) {
            YearMonth t = observationMonths.get(m);
            MonthUsage[] window = history.window(t);
            CallSummary calls = history.calls(t);
            int[] at = offset[m];
            IntStream.range(0, (n + 8191) / 8192).parallel().forEach(chunk -> {
                float[] row = new float[cols];
                for (int i = chunk * 8192; i < Math.min(n, (chunk + 1) * 8192); i++) {
                    if (at[i] < 0) continue;
                    ChurnFeatures.fill(row, subs, i, t, window, calls, history.complaints());
                    System.arraycopy(row, 0, values, at[i] * cols, cols);
                    labels[at[i]] = history.churns(i, t, horizon) ? 1f : 0f;
                    monthOfRow[at[i]] = t;
                    subscriberOfRow[at[i]] = i;
                }
            });
        }
        return new TrainingSet(new FeatureMatrix(ChurnFeatures.names(), values, rows), labels, monthOfRow, subscriberOfRow, keep);
    }

    /** The rows observed at month t: the validation rows of the time-based split. */
    public int[] rowsOf(YearMonth t) {
        return IntStream.range(0, labels.length).filter(r -> monthOfRow[r].equals(t)).toArray();
    }

    /** The rows observed at or before month t: the training rows. */
    public int[] rowsUpTo(YearMonth t) {
        return IntStream.range(0, labels.length).filter(r -> !monthOfRow[r].isAfter(t)).toArray();
    }

    public float[] labels(int[] rows) {
        float[] out = new float[rows.length];
        for (int k = 0; k < rows.length; k++) out[k] = labels[rows[k]];
        return out;
    }

    /** A uniform number in [0, 1) fixed by subscriber and month: the sample is reproducible. */
    private static double sampleHash(int subscriber, YearMonth month) {
        long h = subscriber * 0x9E3779B97F4A7C15L + month.getYear() * 31L + month.getMonthValue();
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53;
    }
}
