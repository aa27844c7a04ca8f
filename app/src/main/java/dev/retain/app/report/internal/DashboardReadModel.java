package dev.retain.app.report.internal;

import dev.retain.app.report.Dashboard.OverdueCount;
import dev.retain.app.retention.TaskStatus;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dashboard's counts across modules, one query each: programme customers per region
 * (assignment joined with the customer's subscriber row), the room a region's managers give to
 * other regions' customers (assignment, manager, subscriber) and overdue open tasks per team
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

    public List<Demand> demand() {
        return jdbc.sql("""
                        select s.region, a.role, count(*), count(*) filter (where a.manager_id is null)
                        from assignment a join subscriber s on s.msisdn = a.msisdn
                        group by s.region, a.role order by s.region, a.role""")
                .query((rs, i) -> new Demand(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /** Customers of other regions whom a region's active managers of a role serve (an enterprise group's account manager, a phone overflow, a customer who moved). */
    public record HeldForOthers(String region, String role, long customers) {
    }

    public List<HeldForOthers> heldForOtherRegions() {
        return jdbc.sql("""
                        select m.region, a.role, count(*)
                        from assignment a join manager m on m.manager_id = a.manager_id join subscriber s on s.msisdn = a.msisdn
                        where m.active and s.region <> m.region
                        group by m.region, a.role""")
                .query((rs, i) -> new HeldForOthers(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Open tasks past their due date, per region of the manager (of the customer when there is no manager). */
    public List<OverdueCount> overdueByRegion(LocalDate today) {
        return jdbc.sql("""
                        select coalesce(m.region, s.region) as region, count(*) from task t
                        left join manager m on m.manager_id = t.manager_id
                        left join subscriber s on s.msisdn = t.msisdn
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
