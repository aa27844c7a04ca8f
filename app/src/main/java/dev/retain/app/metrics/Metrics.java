package dev.retain.app.metrics;

import dev.retain.app.metrics.internal.MetricCustomersReadModel;
import dev.retain.app.metrics.internal.MetricRefresh;
import dev.retain.app.metrics.internal.MetricTables;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The month's figures (docs/metrics.md): read from the aggregates ({@link #of}), refreshed after each cycle and on
 * demand ({@link #refresh}), and the customers behind a figure a page at a time ({@link #customers}). The monthly
 * report and the dashboards read here; nothing here scans the province on a request.
 */
@Service("monthlyMetrics") // "metrics" is security's actuator filter chain
public class Metrics {

    /** A drill-down page holds at most this many customers. */
    public static final int MAX_PAGE = 200;

    private final MetricTables tables;
    private final MetricRefresh refresh;
    private final MetricCustomersReadModel customers;

    Metrics(MetricTables tables, MetricRefresh refresh, MetricCustomersReadModel customers) {
        this.tables = tables;
        this.refresh = refresh;
        this.customers = customers;
    }

    /** The month's figures by {@code breakdown}, by key then metric; empty when the month was never refreshed. */
    public List<MetricValue> of(YearMonth month, Breakdown breakdown) {
        return tables.of(month, breakdown);
    }

    /** Last month's programme customers of some tiers (as of last month) and those retained: the report's high-value retention. */
    public record TierRetention(long base, long retained) {
    }

    /** {@link Metric#RETENTION} of the customers whose tier last month was one of {@code tiersBefore}; zero when never refreshed. */
    public TierRetention retentionOfTiersBefore(YearMonth month, java.util.Set<String> tiersBefore) {
        return tables.retentionOfTiersBefore(month, tiersBefore);
    }

    /** Months with figures, newest first. */
    public List<YearMonth> months() {
        return tables.months();
    }

    /**
     * Computes the month's figures again from the owners' tables, replacing the month's rows in one transaction (two
     * refreshes of one month take turns); the same data gives the same rows. Returns the customers counted.
     */
    public int refresh(YearMonth month) {
        return refresh.refresh(month);
    }

    /**
     * Customers behind a figure in number order, from {@code offset}, at most {@code limit} (1..{@value #MAX_PAGE}); the
     * caller masks them. {@code managerId} not null limits them to that manager's.
     */
    public List<MetricCustomer> customers(YearMonth month, Metric metric, DrillDown part, Breakdown breakdown, String key,
                                          String managerId, int offset, int limit) {
        if (offset < 0) throw new IllegalArgumentException("offset must be 0 or more");
        if (limit < 1 || limit > MAX_PAGE) throw new IllegalArgumentException("limit must be 1 to " + MAX_PAGE);
        return customers.page(month, metric, part, breakdown, key, managerId, offset, limit);
    }
}
