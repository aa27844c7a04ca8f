package dev.retain.app.report.dashboard;

import dev.retain.app.metrics.Breakdown;
import dev.retain.app.metrics.Metric;
import dev.retain.app.metrics.MetricValue;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * One month's dashboards as a page shows them: the province's figures, and one row per key of the chosen breakdown
 * (its label in the page's language), each with its figures by metric.
 */
public record DashboardView(YearMonth month, Breakdown breakdown, String branch, Map<Metric, MetricValue> province, List<Row> rows) {

    /** The figure groups of the page, in order: the seed's service figures, retention, zones, the work. */
    static final Map<String, List<Metric>> SECTIONS = sections();

    public record Row(String key, String label, Map<Metric, MetricValue> values) {
        public MetricValue get(Metric m) {
            return values.get(m);
        }
    }

    public MetricValue total(Metric m) {
        return province.get(m);
    }

    private static Map<String, List<Metric>> sections() {
        Map<String, List<Metric>> s = new java.util.LinkedHashMap<>();
        s.put("service", List.of(Metric.SATISFACTION, Metric.FREQUENCY, Metric.AWARENESS, Metric.NPS, Metric.LOYALTY));
        s.put("retention", List.of(Metric.RETENTION, Metric.CHURN, Metric.UPGRADED, Metric.DOWNGRADED, Metric.CLV));
        s.put("zones", List.of(Metric.ZONE_BLUE, Metric.ZONE_GREEN, Metric.ZONE_YELLOW, Metric.ZONE_RED, Metric.ZONE_WHITE));
        s.put("work", List.of(Metric.TASKS_DONE, Metric.TASKS_OVERDUE, Metric.COMPLAINTS_IN_TIME, Metric.CAMPAIGN_CONVERSION,
                Metric.MERCHANT_ACTIVE));
        return s;
    }
}
