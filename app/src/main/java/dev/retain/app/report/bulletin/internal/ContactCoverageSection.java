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
import org.springframework.stereotype.Component;

/**
 * Contact coverage (the seed's service frequency, 78.47 %): the share of the customers with a manager who were
 * contacted in the month — the metrics module's service frequency ({@code Metric.FREQUENCY}, docs/metrics.md), read
 * from its aggregates so the report and the dashboards have one definition; the month's customers with a manager are
 * those of the refresh after its cycle, not as assigned today. A month never refreshed has no figure. A quarter's
 * share weighs its months by their customers.
 */
@Component
class ContactCoverageSection extends TrendSection {

    private final Metrics metrics;

    ContactCoverageSection(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public String id() {
        return "contact";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String titleKey() {
        return "report.bulletin.contact.title";
    }

    @Override
    protected List<Measure> measures() {
        return List.of(
                new Measure("report.bulletin.contact.customers", Cell.Kind.COUNT, Total.LAST, false),
                new Measure("report.bulletin.contact.contacted", Cell.Kind.COUNT, Total.LAST, false),
                new Measure("report.bulletin.contact.coverage", Cell.Kind.PERCENT, Total.SUM, true));
    }

    @Override
    protected Map<String, Tally> tallies(YearMonth month) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (MetricValue v : metrics.of(month, Breakdown.ALL)) {
            if (v.metric() != Metric.FREQUENCY) continue;
            long customers = v.denominator().longValue();
            long contacted = v.numerator().longValue();
            tallies.put("report.bulletin.contact.customers", Tally.count(customers));
            tallies.put("report.bulletin.contact.contacted", Tally.count(contacted));
            tallies.put("report.bulletin.contact.coverage", Tally.of(contacted, customers));
        }
        return tallies;
    }
}
