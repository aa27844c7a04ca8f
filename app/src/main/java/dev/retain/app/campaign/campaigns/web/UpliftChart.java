package dev.retain.app.campaign.campaigns.web;

import dev.retain.app.campaign.campaigns.Uplift;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results' chart, computed here so that the page needs no script: one row per measure with the estimate as a dot
 * and its 95 % interval as a bar with end marks, on a common axis through zero (each row scaled to its own widest
 * value, since the rows are in different units). Plain SVG attributes, no style.
 */
record UpliftChart(int width, int height, int zeroX, List<Row> rows) {

    static final int WIDTH = 760;
    static final int LABEL = 300;
    static final int ROW = 56;

    /** One measure: the label, its values formatted, and the x positions of the interval and the estimate. */
    record Row(String label, String text, int y, int lowX, int highX, int estimateX, boolean significant) {

        /** The values, under the label. */
        public int textY() {
            return y + 14;
        }

        public int labelY() {
            return y - 4;
        }
    }

    /** {@code measures}: label, uplift (rows whose uplift is null are left out), and a formatter of its values. */
    static UpliftChart of(List<Measure> measures) {
        int half = (WIDTH - LABEL - 20) / 2;
        int zero = LABEL + 10 + half;
        List<Row> rows = new ArrayList<>();
        int y = 24;
        for (Measure m : measures) {
            if (m.uplift() == null) continue;
            Uplift u = m.uplift();
            double reach = Math.max(Math.max(Math.abs(u.low()), Math.abs(u.high())), 1e-9);
            rows.add(new Row(m.label(), m.text(u), y,
                    x(u.low(), reach, zero, half), x(u.high(), reach, zero, half), x(u.estimate(), reach, zero, half), u.significant()));
            y += ROW;
        }
        return new UpliftChart(WIDTH, y + 8, zero, rows);
    }

    private static int x(double v, double reach, int zero, int half) {
        return (int) Math.round(zero + v / reach * (half - 6));
    }

    /** A measure to chart: a rate when {@code pointsUnit} (the word for percentage points) is given, else CNY. */
    record Measure(String label, Uplift uplift, String pointsUnit) {

        /** e.g. {@code +30.0 [+6.6, +53.4] pp}: the estimate, the interval, the unit once. */
        String text(Uplift u) {
            return pointsUnit != null
                    ? String.format(Locale.ROOT, "%+.1f [%+.1f, %+.1f] ", u.estimate() * 100, u.low() * 100, u.high() * 100) + pointsUnit
                    : String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f] ¥", u.estimate(), u.low(), u.high());
        }
    }
}
