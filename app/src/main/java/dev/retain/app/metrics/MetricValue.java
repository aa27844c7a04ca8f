package dev.retain.app.metrics;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One figure of one month and breakdown key; {@code value} null when the denominator is 0. */
public record MetricValue(YearMonth month, Breakdown breakdown, String key, Metric metric, BigDecimal numerator,
                          BigDecimal denominator, BigDecimal value) {

    /** The numerator as a page shows it: 2, not 2.00 (counts are whole; a sum of lifetime values keeps its cents). */
    public String numeratorText() {
        return plain(numerator);
    }

    public String denominatorText() {
        return plain(denominator);
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }
}
