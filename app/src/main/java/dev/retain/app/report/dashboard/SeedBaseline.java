package dev.retain.app.report.dashboard;

import dev.retain.app.metrics.Metric;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Seed 000's survey of 353 VIP customers (2012): satisfaction with the customer manager 87.27 %, service frequency
 * 78.47 %, awareness of the manager 74.22 %. Shown as reference lines beside the month's figures, never mixed into them.
 */
final class SeedBaseline {

    static final Map<Metric, BigDecimal> VALUES = Map.of(
            Metric.SATISFACTION, new BigDecimal("87.27"),
            Metric.FREQUENCY, new BigDecimal("78.47"),
            Metric.AWARENESS, new BigDecimal("74.22"));

    private SeedBaseline() {
    }
}
