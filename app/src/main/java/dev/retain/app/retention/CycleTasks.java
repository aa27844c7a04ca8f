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
 *
 * <p>One open retention task per customer (SPEC R4.2, {@link CycleTaskKinds}): a month's task
 * supersedes the customer's open task of an earlier month, which is closed as
 * {@link TaskStatus#SUPERSEDED} and keeps its contacts; its reasons are merged into the new
 * task's (the new month's first) and its follow-up date carries over. A follow-up date is the
 * manager's appointment with the customer, so it stays the task's due date, earlier or later
 * than the engine's, on a new month's task and on a re-run alike. Applying a month older than a
 * customer's newest task leaves that customer alone: an old month never reopens or supersedes
 * a newer task.
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

    /**
     * What applying one month changed: tasks inserted or updated, open tasks removed, older
     * open tasks superseded, and the month's tasks left out because the customer already has a
     * task of a later month.
     */
    public record Applied(int upserted, int removed, int superseded, int skippedForNewerMonth) {
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
        String m = month.toString();
        // a customer whose tasks already include a later month's is that month's business (a re-run of an older month)
        int skipped = jdbc.sql("""
                        delete from task_cycle_in s using task n
                        where n.msisdn = s.msisdn and n.month > :month and n.kind in %s""".formatted(CycleTaskKinds.SQL_LIST))
                .param("month", m).update();
        jdbc.sql("create temp table task_cycle_gone (task_id text) on commit drop").update();
        int removed = jdbc.sql("""
                        with gone as (
                          delete from task t where t.month = :month and t.status = '%s' and t.kind in %s
                            and not exists (select 1 from task_cycle_in s where s.task_id = t.task_id)
                            and not exists (select 1 from contact c where c.task_id = t.task_id)
                          returning t.task_id)
                        insert into task_cycle_gone select task_id from gone""".formatted(TaskStatus.OPEN, CycleTaskKinds.SQL_LIST))
                .param("month", m).update();
        reopenWhatTheRemovedSuperseded();
        // before the new tasks go in: the unique index allows one open retention task per customer
        int superseded = jdbc.sql("""
                        update task o set status = '%s', superseded_by = s.task_id, closed_at = now(), updated_at = now()
                        from task_cycle_in s
                        where o.msisdn = s.msisdn and o.status = '%s' and o.kind in %s and o.month < :month
                          and not exists (select 1 from task x where x.task_id = s.task_id and x.status <> '%s')"""
                        .formatted(TaskStatus.SUPERSEDED, TaskStatus.OPEN, CycleTaskKinds.SQL_LIST, TaskStatus.OPEN))
                .param("month", m).update();
        // only an open task takes the re-run's content: a done or cancelled task keeps what the manager recorded.
        // carried: the reasons (newest first) and the newest follow-up date of the tasks this one superseded
        int upserted = jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, actions, priority, value_at_risk, due_date, manager_id,
                          churn_reasons, follow_up_date)
                        select s.task_id, s.msisdn, :month, s.kind, task_merge_reasons(s.reasons, carried.reasons), coalesce(s.actions, ''),
                          s.priority, s.value_at_risk, coalesce(carried.follow_up_date, s.due_date), s.manager_id,
                          nullif(s.churn_reasons, ''), carried.follow_up_date
                        from task_cycle_in s
                        left join lateral (
                          select string_agg(o.reasons, ';' order by o.month desc, o.task_id desc) as reasons,
                                 (array_agg(o.follow_up_date order by o.month desc, o.task_id desc)
                                    filter (where o.follow_up_date is not null))[1] as follow_up_date
                          from task o where o.superseded_by = s.task_id) carried on true
                        on conflict (task_id) do update set kind = excluded.kind, reasons = excluded.reasons,
                          churn_reasons = excluded.churn_reasons,
                          actions = excluded.actions, priority = excluded.priority, value_at_risk = excluded.value_at_risk,
                          follow_up_date = coalesce(task.follow_up_date, excluded.follow_up_date),
                          due_date = coalesce(task.follow_up_date, excluded.due_date), manager_id = excluded.manager_id, updated_at = now()
                        where task.status = '%s'""".formatted(TaskStatus.OPEN))
                .param("month", m).update();
        return new Applied(upserted, removed, superseded, skipped);
    }

    /**
     * A removed task (the re-run no longer raises it) gives its place back: the newest task it
     * had superseded is open again, as it would be had the month never produced the removed one,
     * and any older ones it had superseded now point at the reopened task.
     */
    private void reopenWhatTheRemovedSuperseded() {
        jdbc.sql("""
                with newest as (
                  select distinct on (o.superseded_by) o.task_id, o.superseded_by as gone_id
                  from task o join task_cycle_gone g on g.task_id = o.superseded_by
                  order by o.superseded_by, o.month desc, o.task_id desc),
                reopened as (
                  update task o set status = '%s', superseded_by = null, closed_at = null, updated_at = now()
                  from newest n where o.task_id = n.task_id
                  returning o.task_id, n.gone_id)
                update task o set superseded_by = r.task_id, updated_at = now()
                from reopened r where o.superseded_by = r.gone_id and o.task_id <> r.task_id""".formatted(TaskStatus.OPEN)).update();
    }
}
