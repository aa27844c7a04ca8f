package dev.retain.engine.grade;

import java.util.stream.IntStream;

/**
 * Scores a month's base: R, F and M by quintiles over the subscribers in {@code base} (those present:
 * not left), and the lifetime value of each from the mean bill and the churn score. Outside the base
 * every score is 0 and the value {@link #NO_VALUE}.
 */
public final class ValueGrading {

    /** The lifetime value of a subscriber outside the base. */
    public static final long NO_VALUE = Long.MIN_VALUE;

    private ValueGrading() {
    }

    /** Per subscriber: scores 1–5 (0 outside the base) and the lifetime value in fen. */
    public record Result(byte[] r, byte[] f, byte[] m, long[] clvFen) {

        public boolean graded(int i) {
            return r[i] != 0;
        }

        /** "545": R, F and M. */
        public String cell(int i) {
            return new String(new char[] {(char) ('0' + r[i]), (char) ('0' + f[i]), (char) ('0' + m[i])});
        }

        public ValueGrade grade(int i) {
            return ValueGrade.of(r[i], f[i], m[i]);
        }
    }

    public static Result grade(RfmMeasures measures, boolean[] base, double[] churnScore, LifetimeValue lifetime) {
        int n = measures.size();
        double[] recency = new double[n];
        double[] frequency = new double[n];
        double[] monetary = new double[n];
        long[] clv = new long[n];
        // a million subscribers: two powers each for the value, so the slots are filled on all cores
        IntStream.range(0, n).parallel().forEach(i -> {
            recency[i] = -measures.recencyMonths(i); // fewer months since activity is better
            frequency[i] = measures.frequency(i);
            monetary[i] = measures.monetaryFen(i);
            clv[i] = base[i] ? lifetime.fen(measures.monetaryFen(i), churnScore[i]) : NO_VALUE;
        });
        return new Result(QuintileScores.of(recency, base), QuintileScores.of(frequency, base), QuintileScores.of(monetary, base), clv);
    }
}
