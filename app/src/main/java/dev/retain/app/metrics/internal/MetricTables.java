package dev.retain.app.metrics.internal;

import dev.retain.app.metrics.Breakdown;
import dev.retain.app.metrics.Metric;
import dev.retain.app.metrics.MetricValue;
import dev.retain.app.metrics.Metrics;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * metrics' own tables: a month's aggregates made from its {@code metric_customer} rows in one statement (every
 * breakdown by grouping sets, every metric by its {@link Metric} expressions), and the reads of them.
 */
@Component
public class MetricTables {

    private final JdbcClient jdbc;

    MetricTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void deleteMonth(YearMonth month) {
        jdbc.sql("delete from metric_monthly where month = ?").param(month.toString()).update();
        jdbc.sql("delete from metric_customer where month = ?").param(month.toString()).update();
    }

    /** The month's aggregates, every breakdown and metric; the number of rows written. */
    int aggregateMonth(YearMonth month) {
        return jdbc.sql(AGGREGATE).param("month", month.toString()).update();
    }

    private static final String AGGREGATE = aggregateSql();

    private static String aggregateSql() {
        List<String> sums = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int i = 0;
        for (Metric m : Metric.values()) {
            sums.add("coalesce(sum(%s) filter (where %s), 0) as n%d, coalesce(sum(%s) filter (where %s), 0) as d%d"
                    .formatted(m.numerator(), m.base(), i, m.denominator(), m.base(), i));
            values.add("('%s', '%s', g.n%d, g.d%d)".formatted(m.code(), m.kind().name(), i, i));
            i++;
        }
        String breakdown = "case when grouping(tier) = 0 then 'tier' when grouping(region, branch) = 0 then 'branch'"
                + " when grouping(team) = 0 then 'team' when grouping(manager_id) = 0 then 'manager' else 'all' end";
        String key = "case when grouping(tier) = 0 then tier when grouping(region, branch) = 0 then region || '/' || branch"
                + " when grouping(team) = 0 then coalesce(team, '') when grouping(manager_id) = 0 then coalesce(manager_id, '') else '' end";
        return """
                insert into metric_monthly (month, breakdown, key, metric, numerator, denominator, value, refreshed_at)
                select :month, g.breakdown, g.key, v.metric, v.num, v.den,
                       case when v.den = 0 then null when v.kind = 'MEAN' then round(v.num / v.den, 2)
                            else round(100 * v.num / v.den, 2) end, now()
                from (select %s as breakdown, %s as key, %s
                      from metric_customer where month = :month
                      group by grouping sets ((), (tier), (region, branch), (team), (manager_id))) g
                cross join lateral (values %s) v(metric, kind, num, den)"""
                .formatted(breakdown, key, String.join(",\n ", sums), String.join(", ", values));
    }

    /** The month's figures of one breakdown, by key then metric. */
    public List<MetricValue> of(YearMonth month, Breakdown breakdown) {
        return jdbc.sql("""
                        select key, metric, numerator, denominator, value from metric_monthly
                        where month = ? and breakdown = ? order by key, metric""")
                .params(month.toString(), breakdown.code())
                .query((rs, n) -> new MetricValue(month, breakdown, rs.getString(1), Metric.of(rs.getString(2)).orElse(null),
                        rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list().stream().filter(v -> v.metric() != null).collect(Collectors.toList());
    }

    /**
     * Last month's programme customers whose tier last month was one of {@code tiersBefore}, and those of them retained
     * this month, from the month's per-customer rows (one index range).
     */
    public Metrics.TierRetention retentionOfTiersBefore(YearMonth month, java.util.Set<String> tiersBefore) {
        return jdbc.sql("""
                        select count(*), count(*) filter (where retained) from metric_customer
                        where month = :month and in_base and tier_before in (:tiers)""")
                .param("month", month.toString()).param("tiers", tiersBefore)
                .query((rs, n) -> new Metrics.TierRetention(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Months with aggregates, newest first. */
    public List<YearMonth> months() {
        return jdbc.sql("select distinct month from metric_monthly where breakdown = 'all' order by month desc")
                .query(String.class).list().stream().map(YearMonth::parse).toList();
    }
}
