package dev.retain.app.report.internal;

import dev.retain.app.report.Dashboard.OverdueCount;
import dev.retain.app.report.Dashboard.RegionShortage;
import dev.retain.engine.cycle.CycleSettings;
import dev.retain.engine.value.Zone;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dashboard's figures, each one query over the cycle's tables. */
@Repository
public class DashboardQueries {

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<YearMonth> segmentMonths() {
        return jdbc.sql("select distinct month from segment order by month desc").query(String.class).list()
                .stream().map(YearMonth::parse).toList();
    }

    public Optional<YearMonth> newestSegmentMonth() {
        return jdbc.sql("select month from segment order by month desc limit 1").query(String.class).optional().map(YearMonth::parse);
    }

    /** Customers per zone, every zone present (zero when none), in the zones' order. */
    public Map<String, Long> zoneCounts(YearMonth month) {
        Map<String, Long> counts = emptyZoneMap();
        jdbc.sql("select zone, count(*) from segment where month = ? group by zone").param(month.toString())
                .query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /** previous zone → this zone → customers, over the customers segmented in both months. */
    public Map<String, Map<String, Long>> migration(YearMonth previous, YearMonth month) {
        Map<String, Map<String, Long>> matrix = new LinkedHashMap<>();
        for (Zone from : Zone.values()) matrix.put(from.code(), emptyZoneMap());
        jdbc.sql("""
                        select p.zone, c.zone, count(*) from segment c
                        join segment p on p.msisdn = c.msisdn and p.month = ?
                        where c.month = ? group by p.zone, c.zone""")
                .params(previous.toString(), month.toString())
                .query((rs, i) -> matrix.computeIfAbsent(rs.getString(1), z -> emptyZoneMap()).put(rs.getString(2), rs.getLong(3)))
                .list();
        return matrix;
    }

    /**
     * Per region and role: the programme customers (assignment rows, region of the subscriber),
     * the active managers, and the headcount missing at the engine's default capacity.
     */
    public List<RegionShortage> shortages() {
        return jdbc.sql("""
                        with demand as (
                          select s.region, a.role, count(*) as customers,
                                 count(*) filter (where a.manager_id is null) as unassigned
                          from assignment a join subscriber s on s.msisdn = a.msisdn
                          group by s.region, a.role),
                        staff as (select region, role, count(*) as active from manager where active group by region, role)
                        select d.region, d.role, d.customers, coalesce(st.active, 0), d.unassigned
                        from demand d left join staff st on st.region = d.region and st.role = d.role
                        order by d.region, d.role""")
                .query((rs, i) -> {
                    long customers = rs.getLong(3);
                    long active = rs.getLong(4);
                    long needed = ceilDiv(customers, defaultCapacity(rs.getString(2)));
                    return new RegionShortage(rs.getString(1), rs.getString(2), customers, active,
                            Math.max(0, needed - active), rs.getLong(5));
                })
                .list().stream().filter(r -> r.managersShort() > 0 || r.unassigned() > 0).toList();
    }

    /** Open tasks past their due date, per region of the manager (of the customer when there is no manager). */
    public List<OverdueCount> overdueByRegion(LocalDate today) {
        return jdbc.sql("""
                        select coalesce(m.region, s.region) as region, count(*) from task t
                        left join manager m on m.manager_id = t.manager_id
                        left join subscriber s on s.msisdn = t.msisdn
                        where t.status = 'open' and t.due_date < ?
                        group by 1 order by 2 desc, 1""")
                .param(today)
                .query((rs, i) -> new OverdueCount(rs.getString(1), rs.getString(1), rs.getLong(2))).list();
    }

    public List<OverdueCount> overdueByManager(LocalDate today) {
        return jdbc.sql("""
                        select t.manager_id, m.name, count(*) from task t
                        left join manager m on m.manager_id = t.manager_id
                        where t.status = 'open' and t.due_date < ?
                        group by t.manager_id, m.name order by 3 desc, 1 nulls last""")
                .param(today)
                .query((rs, i) -> new OverdueCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    static long defaultCapacity(String role) {
        return "customer_manager".equals(role) ? CycleSettings.DEFAULTS.customerManagerCapacity()
                : CycleSettings.DEFAULTS.phoneManagerCapacity();
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static Map<String, Long> emptyZoneMap() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Zone z : Zone.values()) m.put(z.code(), 0L);
        return m;
    }
}
