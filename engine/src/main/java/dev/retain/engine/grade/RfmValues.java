package dev.retain.engine.grade;

import java.util.stream.IntStream;

/**
 * Each subscriber's R, F and M as ranked (higher is better: recency is negated, so fewer months since
 * activity rank higher) and the base they are ranked in: those present, not left.
 */
public record RfmValues(double[] recency, double[] frequency, double[] monetary, boolean[] base) {

    public static RfmValues of(RfmMeasures measures, boolean[] base) {
        int n = measures.size();
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        // a million subscribers: filled on all cores
        IntStream.range(0, n).parallel().forEach(i -> {
            recency[i] = -measures.recencyMonths(i);
            frequency[i] = measures.frequency(i);
            monetary[i] = measures.monetaryFen(i);
        });
        return new RfmValues(recency, frequency, monetary, base);
    }

    /** The quintile cuts of these values alone. */
    public RfmCuts cuts() {
        return new RfmCuts(QuintileScores.cuts(recency, base), QuintileScores.cuts(frequency, base), QuintileScores.cuts(monetary, base));
    }
}
