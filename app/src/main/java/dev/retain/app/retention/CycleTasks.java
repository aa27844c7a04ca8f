package dev.retain.app.retention;

import java.time.YearMonth;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Applies a cycle's tasks (the engine's tasks.csv) to the task table, so that re-running a
 * month never duplicates a task and never loses a manager's work: task ids are
 * deterministic from month and MSISDN; an open task takes the re-run's content; a handled
 * one keeps its state; an open task the re-run no longer produces is deleted only when
 * nobody has logged a contact against it.
 */
@Service
public class CycleTasks {

    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final JdbcClient jdbc;

    CycleTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What applying one month changed. */
    public record Applied(int upserted, int removed) {
    }

    /**
     * Call inside the cycle's transaction; {@code stagingTable} holds the columns of tasks.csv
     * (task_id, msisdn, month, kind, reasons, priority, value_at_risk, due_date, manager_id, actions, churn_reasons).
     */
    public Applied apply(YearMonth month, String stagingTable) {
        if (!TABLE_NAME.matcher(stagingTable).matches()) throw new IllegalArgumentException("not a table name: " + stagingTable);
        int removed = jdbc.sql("""
                        delete from task t where t.month = :month and t.status = 'open'
                          and not exists (select 1 from %s s where s.task_id = t.task_id)
                          and not exists (select 1 from contact c where c.task_id = t.task_id)""".formatted(stagingTable))
                .param("month", month.toString()).update();
        // "where task.status = 'open'": a done or cancelled task keeps what the manager recorded
        int upserted = jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, actions, priority, value_at_risk, due_date, manager_id,
                          churn_reasons)
                        select task_id, msisdn, :month, kind, reasons, coalesce(actions, ''), priority, value_at_risk, due_date, manager_id,
                          nullif(churn_reasons, '')
                        from %s
                        on conflict (task_id) do update set kind = excluded.kind, reasons = excluded.reasons,
                          churn_reasons = excluded.churn_reasons,
                          actions = excluded.actions, priority = excluded.priority, value_at_risk = excluded.value_at_risk,
                          due_date = excluded.due_date, manager_id = excluded.manager_id, updated_at = now()
                        where task.status = 'open'""".formatted(stagingTable))
                .param("month", month.toString()).update();
        return new Applied(upserted, removed);
    }
}
