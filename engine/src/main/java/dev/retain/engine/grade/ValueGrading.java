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

    /** Grades a whole base: the quintile cuts come from the measures themselves. */
    public static Result grade(RfmMeasures measures, boolean[] base, double[] churnScore, LifetimeValue lifetime) {
        RfmValues values = RfmValues.of(measures, base);
        return grade(values, values.cuts(), measures, churnScore, lifetime);
    }

    /**
     * Grades a part of a base by the whole base's cuts (a province split over machines: each part's values are
     * counted into {@link RfmCuts} first); with the part's own cuts, the same as {@link #grade(RfmMeasures, boolean[], double[], LifetimeValue)}.
     */
    public static Result grade(RfmValues values, RfmCuts cuts, RfmMeasures measures, double[] churnScore, LifetimeValue lifetime) {
        boolean[] base = values.base();
        long[] clv = new long[measures.size()];
        IntStream.range(0, clv.length).parallel().forEach(i ->
                clv[i] = base[i] ? lifetime.fen(measures.monetaryFen(i), churnScore[i]) : NO_VALUE);
        return new Result(QuintileScores.apply(values.recency(), base, cuts.recency()),
                QuintileScores.apply(values.frequency(), base, cuts.frequency()),
                QuintileScores.apply(values.monetary(), base, cuts.monetary()), clv);
    }
}
