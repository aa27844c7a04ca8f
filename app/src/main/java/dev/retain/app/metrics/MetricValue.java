package dev.retain.app.metrics;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One figure of one month and breakdown key; {@code value} null when the denominator is 0. */
public record MetricValue(YearMonth month, Breakdown breakdown, String key, Metric metric, BigDecimal numerator,
                          BigDecimal denominator, BigDecimal value) {
}
