package dev.retain.app.report.bulletin.internal;

import dev.retain.app.metrics.Breakdown;
import dev.retain.app.metrics.Metric;
import dev.retain.app.metrics.MetricValue;
import dev.retain.app.metrics.Metrics;
import dev.retain.app.report.bulletin.Cell;
import dev.retain.app.report.bulletin.TrendSection;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Retention and churn (SPEC R10.2's retention rate; seed 002's 高价值客户保有率): of the programme's customers in the
 * month before (a zone other than none and white), the share still active in the month, in all and for the
 * high-value tiers (diamond, gold, as of the month before: a customer downgraded this month stays in the base); churn
 * is the rest. The figures are the metrics' {@link Metric#RETENTION}, refreshed after each cycle: the dashboards and
 * this section show one number.
 */
@Component
class RetentionSection extends TrendSection {

    private static final Set<String> HIGH_VALUE = Set.of("diamond", "gold");

    private final Metrics metrics;

    RetentionSection(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public String id() {
        return "retention";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "report.bulletin.retention.title";
    }

    @Override
    protected List<Measure> measures() {
        return List.of(
                new Measure("report.bulletin.retention.high-value-rate", Cell.Kind.PERCENT, Total.SUM, true),
                new Measure("report.bulletin.retention.rate", Cell.Kind.PERCENT, Total.SUM, true),
                new Measure("report.bulletin.retention.churn-rate", Cell.Kind.PERCENT, Total.SUM, false),
                new Measure("report.bulletin.retention.churned", Cell.Kind.COUNT, Total.SUM, false));
    }

    @Override
    protected Map<String, Tally> tallies(YearMonth month) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        MetricValue all = retention(month, Breakdown.ALL).stream().findFirst().orElse(null);
        if (all == null) return tallies; // never refreshed: no figures rather than zeros
        long base = all.denominator().longValue(), retained = all.numerator().longValue();
        Metrics.TierRetention highValue = metrics.retentionOfTiersBefore(month, HIGH_VALUE);
        tallies.put("report.bulletin.retention.high-value-rate", Tally.of(highValue.retained(), highValue.base()));
        tallies.put("report.bulletin.retention.rate", Tally.of(retained, base));
        tallies.put("report.bulletin.retention.churn-rate", Tally.of(base - retained, base));
        tallies.put("report.bulletin.retention.churned", Tally.count(base - retained));
        return tallies;
    }

    private List<MetricValue> retention(YearMonth month, Breakdown breakdown) {
        return metrics.of(month, breakdown).stream().filter(v -> v.metric() == Metric.RETENTION).toList();
    }
}
