package dev.retain.app.report.internal;

import dev.retain.app.report.Dashboard.OverdueCount;
import dev.retain.app.retention.TaskStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's counts across modules, one query each: programme customers per region
 * ({@link AssignedCustomers}: assignment with the customer's region), the room a region's managers give to
 * other regions' customers (the same, with manager) and overdue open tasks per team
 * (task joined with manager and subscriber). Zones and migration are the segment module's,
 * capacity the assignment module's: the dashboard asks them.
 */
@Component
public class DashboardReadModel {

    private final JdbcClient jdbc;

    DashboardReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Programme customers of one region (the subscriber's) and role, and how many of them have no manager. */
    public record Demand(String region, String role, long customers, long unassigned) {
    }

    /** Customers of other regions whom a region's active managers of a role serve (an enterprise group's account manager, a phone overflow, a customer who moved). */
    public record HeldForOthers(String region, String role, long customers) {
    }

    /** Both figures of the programme's customers per region and role, from one pass over assignment ⨝ subscriber. */
    public record RegionDemand(List<Demand> demand, List<HeldForOthers> heldForOtherRegions) {
    }

    /** {@code newest}: the newest segmented month (null before the first cycle), whose metric rows carry the regions. */
    public RegionDemand regionDemand(YearMonth newest) {
        // one pass grouped by both regions, summed both ways here; the customer's region from metrics' newest rows
        Map<String, long[]> demand = new TreeMap<>();
        Map<String, long[]> held = new TreeMap<>();
        jdbc.sql("""
                        select a.region, a.role, m.region, coalesce(m.active, false), count(*), count(*) filter (where a.manager_id is null)
                        from (%s) a left join manager m on m.manager_id = a.manager_id
                        group by 1, 2, 3, 4""".formatted(AssignedCustomers.relation("true")))
                .param("newest", newest == null ? null : newest.toString())
                .query((ResultSet rs) -> {
                    String region = rs.getString(1), role = rs.getString(2), managerRegion = rs.getString(3);
                    long[] d = demand.computeIfAbsent(region + '\u0000' + role, k -> new long[2]);
                    d[0] += rs.getLong(5);
                    d[1] += rs.getLong(6);
                    if (rs.getBoolean(4) && !managerRegion.equals(region)) {
                        held.computeIfAbsent(managerRegion + '\u0000' + role, k -> new long[1])[0] += rs.getLong(5);
                    }
                });
        return new RegionDemand(
                demand.entrySet().stream().map(e -> new Demand(part(e.getKey(), 0), part(e.getKey(), 1), e.getValue()[0], e.getValue()[1])).toList(),
                held.entrySet().stream().map(e -> new HeldForOthers(part(e.getKey(), 0), part(e.getKey(), 1), e.getValue()[0])).toList());
    }

    private static String part(String key, int i) {
        return key.split("\u0000", -1)[i];
    }

    /**
     * Open tasks past their due date, per region of the manager (of the customer when there is no manager: looked up
     * for those tasks alone, not by joining every subscriber).
     */
    public List<OverdueCount> overdueByRegion(LocalDate today) {
        return jdbc.sql("""
                        select coalesce(m.region, (select s.region from subscriber s where s.msisdn = t.msisdn)) as region, count(*)
                        from task t left join manager m on m.manager_id = t.manager_id
                        where t.status = '%s' and t.due_date < ?
                        group by 1 order by 2 desc, 1""".formatted(TaskStatus.OPEN))
                .param(today)
                .query((rs, i) -> new OverdueCount(rs.getString(1), rs.getString(1), rs.getLong(2))).list();
    }

    public List<OverdueCount> overdueByManager(LocalDate today) {
        return jdbc.sql("""
                        select t.manager_id, m.name, count(*) from task t
                        left join manager m on m.manager_id = t.manager_id
                        where t.status = '%s' and t.due_date < ?
                        group by t.manager_id, m.name order by 3 desc, 1 nulls last""".formatted(TaskStatus.OPEN))
                .param(today)
                .query((rs, i) -> new OverdueCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }
}
