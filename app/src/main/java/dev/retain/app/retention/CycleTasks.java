package dev.retain.app.retention;

import dev.retain.app.core.CsvCopy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a cycle's tasks (the engine's tasks.csv) to the task table, so that re-running a
 * month never duplicates a task and never loses a manager's work: task ids are
 * deterministic from month and MSISDN; an open task takes the re-run's content; a handled
 * one keeps its state; an open task the re-run no longer produces is deleted only when
 * nobody has logged a contact against it.
 */
@Service
public class CycleTasks {

    private static final String STAGE = "task_cycle_in";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    CycleTasks(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** What applying one month changed. */
    public record Applied(int upserted, int removed) {
    }

    /**
     * Runs in the caller's transaction (the cycle's, which lands a month whole or not at all):
     * tasks.csv is copied into a staging table of this module, dropped at commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Applied apply(YearMonth month, Path tasksCsv) {
        jdbc.sql("""
                create temp table task_cycle_in (task_id text, msisdn text, month text, kind text, reasons text, priority bigint,
                  value_at_risk numeric, due_date date, manager_id text, actions text, churn_reasons text) on commit drop""").update();
        CsvCopy csv = CsvCopy.of(tasksCsv);
        try (InputStream in = csv.open()) {
            CsvCopy.copyManager(dataSource).copyIn(csv.command(STAGE), in);
        } catch (IOException | SQLException e) {
            throw csv.failed(e);
        }
        jdbc.sql("analyze " + STAGE).update();
        int removed = jdbc.sql("""
                        delete from task t where t.month = :month and t.status = '%s'
                          and not exists (select 1 from task_cycle_in s where s.task_id = t.task_id)
                          and not exists (select 1 from contact c where c.task_id = t.task_id)""".formatted(TaskStatus.OPEN))
                .param("month", month.toString()).update();
        // only an open task takes the re-run's content: a done or cancelled task keeps what the manager recorded
        int upserted = jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, actions, priority, value_at_risk, due_date, manager_id,
                          churn_reasons)
                        select task_id, msisdn, :month, kind, reasons, coalesce(actions, ''), priority, value_at_risk, due_date, manager_id,
                          nullif(churn_reasons, '')
                        from task_cycle_in
                        on conflict (task_id) do update set kind = excluded.kind, reasons = excluded.reasons,
                          churn_reasons = excluded.churn_reasons,
                          actions = excluded.actions, priority = excluded.priority, value_at_risk = excluded.value_at_risk,
                          due_date = excluded.due_date, manager_id = excluded.manager_id, updated_at = now()
                        where task.status = '%s'""".formatted(TaskStatus.OPEN))
                .param("month", month.toString()).update();
        return new Applied(upserted, removed);
    }
}
