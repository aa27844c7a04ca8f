package dev.retain.app.assignment;

import java.time.YearMonth;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Applies a cycle's assignments (the engine's assignments.csv) to the assignment table:
 * the current manager of each programme customer, with the engine's reason, and a history
 * row for every change of manager (R3.3). Re-running a month changes nothing a second time.
 */
@Service
public class CycleAssignments {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    static final String CYCLE_USER = "cycle";

    private final JdbcClient jdbc;

    CycleAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What applying one month changed. */
    public record Applied(int upserted, int managerChanges) {
    }

    /**
     * Call inside the cycle's transaction; {@code stagingTable} holds the columns of
     * assignments.csv (msisdn, manager_id, role, reason).
     */
    public Applied apply(YearMonth month, String stagingTable) {
        if (!TABLE_NAME.matcher(stagingTable).matches()) throw new IllegalArgumentException("not a table name: " + stagingTable);
        // history first, while the table still holds the old manager; a customer new to the
        // programme who stays unassigned is no change
        int changes = jdbc.sql("""
                        insert into assignment_history (msisdn, from_manager, to_manager, role, reason, month, by_user)
                        select s.msisdn, a.manager_id, s.manager_id, s.role, s.reason, :month, :by
                        from %s s left join assignment a on a.msisdn = s.msisdn
                        where a.manager_id is distinct from s.manager_id""".formatted(stagingTable))
                .param("month", month.toString()).param("by", CYCLE_USER).update();
        int upserted = jdbc.sql("""
                        insert into assignment (msisdn, manager_id, role, reason, month, assigned_at, assigned_by)
                        select msisdn, manager_id, role, reason, :month, now(), :by from %s
                        on conflict (msisdn) do update set manager_id = excluded.manager_id, role = excluded.role,
                          reason = excluded.reason, month = excluded.month,
                          assigned_at = case when assignment.manager_id is distinct from excluded.manager_id
                                             then excluded.assigned_at else assignment.assigned_at end,
                          assigned_by = case when assignment.manager_id is distinct from excluded.manager_id
                                             then excluded.assigned_by else assignment.assigned_by end""".formatted(stagingTable))
                .param("month", month.toString()).param("by", CYCLE_USER).update();
        return new Applied(upserted, changes);
    }
}
