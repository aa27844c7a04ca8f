package dev.retain.app.metrics.internal;

import dev.retain.app.metrics.Breakdown;
import dev.retain.app.metrics.DrillDown;
import dev.retain.app.metrics.Metric;
import dev.retain.app.metrics.MetricCustomer;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customers behind a figure: metrics' own {@code metric_customer} rows of the month, in the figure's base (and
 * counted in its numerator, or not), ⨝ customer's {@code subscriber} for the key a link uses and the number and name
 * the caller masks. A page of rows in number order (an index range per breakdown key), never the whole base.
 */
@Component
public class MetricCustomersReadModel {

    private final JdbcClient jdbc;

    MetricCustomersReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code managerId} not null: only that manager's customers (a manager's own view). */
    public List<MetricCustomer> page(YearMonth month, Metric metric, DrillDown part, Breakdown breakdown, String key, String managerId,
                                     int offset, int limit) {
        String where = where(metric, part, breakdown, key, managerId);
        return jdbc.sql("""
                        select s.customer_key::text, s.msisdn_received, s.name, c.tier, c.region, c.branch, c.manager_id, c.zone, c.zone_before
                        from (select * from metric_customer where %s order by msisdn limit :limit offset :offset) c
                        left join subscriber s on s.msisdn = c.msisdn order by c.msisdn""".formatted(where))
                .param("month", month.toString()).param("key", key == null ? "" : key).param("region", key == null ? "" : key.split("/", 2)[0])
                .param("branch", key == null || !key.contains("/") ? "" : key.split("/", 2)[1]).param("manager", managerId)
                .param("limit", limit).param("offset", offset)
                .query((rs, i) -> new MetricCustomer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    private static String where(Metric metric, DrillDown part, Breakdown breakdown, String key, String managerId) {
        String w = "month = :month and (" + metric.base() + ")";
        w += switch (breakdown) {
            case ALL -> "";
            case TIER -> " and tier = :key";
            case BRANCH -> " and region = :region and branch = :branch";
            // the bare columns, so the (month, team) and (month, manager_id) indexes serve the page; '' is "none"
            case TEAM -> key == null || key.isEmpty() ? " and team is null" : " and team = :key";
            case MANAGER -> key == null || key.isEmpty() ? " and manager_id is null" : " and manager_id = :key";
        };
        if (managerId != null) w += " and manager_id = :manager";
        return switch (part) {
            case COUNTED -> w + " and (" + metric.numerator() + ") > 0";
            case REST -> w + " and (" + metric.numerator() + ") <= 0";
            case BASE -> w;
        };
    }
}
