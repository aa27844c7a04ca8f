package dev.retain.app.care.internal;

import dev.retain.app.core.BusinessTime;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The care run's own tables: a row per day run ({@code care_run}) and each moment once ({@code care_moment}). */
@Component
public class CareRunStore {

    /** A stored run, times in the business zone. */
    public record CareRunRow(LocalDate day, LocalDate firstPrepared, String status, LocalDateTime startedAt, LocalDateTime finishedAt,
                             String startedBy, Integer subscribers, Integer momentsDue, Integer momentsNew, Integer messages,
                             Integer tasks, Integer refused, String notes, String momentsByKind) {
    }

    /** The counts a finished run keeps. */
    public record Counts(int subscribers, int momentsDue, int momentsNew, int messages, int tasks, int refused, String momentsByKind) {
    }

    /** A moment as the run stores it before acting on it. */
    public record NewMoment(String msisdn, String momentId, String kind, LocalDate occursOn, LocalDate preparedOn, String occasion,
                            String tier, String action, String template, String taskKind, String managerId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CareRunStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean succeeded(LocalDate day) {
        return jdbc.sql("select count(*) from care_run where day = ? and status = 'succeeded'").param(day).query(Integer.class).single() > 0;
    }

    public void start(LocalDate day, LocalDate firstPrepared, String by) {
        jdbc.sql("""
                        insert into care_run (day, first_prepared, status, started_at, started_by)
                        values (:day, :first, 'running', :now, :by)
                        on conflict (day) do update set first_prepared = excluded.first_prepared, status = 'running',
                            started_at = excluded.started_at, finished_at = null, started_by = excluded.started_by, notes = null""")
                .param("day", day).param("first", firstPrepared).param("now", now()).param("by", by).update();
    }

    public void succeed(LocalDate day, Counts c, String notes) {
        jdbc.sql("""
                        update care_run set status = 'succeeded', finished_at = :now, subscribers = :subscribers, moments_due = :due,
                            moments_new = :new, messages = :messages, tasks = :tasks, refused = :refused, notes = :notes,
                            moments_by_kind = :byKind
                        where day = :day""")
                .param("now", now()).param("subscribers", c.subscribers()).param("due", c.momentsDue()).param("new", c.momentsNew())
                .param("messages", c.messages()).param("tasks", c.tasks()).param("refused", c.refused()).param("notes", notes)
                .param("byKind", c.momentsByKind()).param("day", day).update();
    }

    public void fail(LocalDate day, String why) {
        jdbc.sql("update care_run set status = 'failed', finished_at = :now, notes = :why where day = :day")
                .param("now", now()).param("why", why).param("day", day).update();
    }

    public List<CareRunRow> recent(int limit) {
        return jdbc.sql("""
                        select day, first_prepared, status, started_at, finished_at, started_by, subscribers, moments_due, moments_new,
                               messages, tasks, refused, notes, moments_by_kind
                        from care_run order by day desc limit ?""")
                .param(limit)
                .query((rs, i) -> new CareRunRow(rs.getObject("day", LocalDate.class), rs.getObject("first_prepared", LocalDate.class),
                        rs.getString("status"), BusinessTime.local(rs.getTimestamp("started_at"), clock),
                        BusinessTime.local(rs.getTimestamp("finished_at"), clock),
                        rs.getString("started_by"), (Integer) rs.getObject("subscribers"), (Integer) rs.getObject("moments_due"),
                        (Integer) rs.getObject("moments_new"), (Integer) rs.getObject("messages"), (Integer) rs.getObject("tasks"),
                        (Integer) rs.getObject("refused"), rs.getString("notes"), rs.getString("moments_by_kind")))
                .list();
    }

    /** Stores the moment unless it is stored already; true when it is new (and must be acted on). */
    public boolean insert(NewMoment m) {
        return jdbc.sql("""
                        insert into care_moment (msisdn, moment_id, kind, occurs_on, prepared_on, occasion, tier, action, template,
                                                 task_kind, manager_id, created_at)
                        values (:msisdn, :id, :kind, :occurs, :prepared, :occasion, :tier, :action, :template, :taskKind, :manager, :now)
                        on conflict (msisdn, moment_id) do nothing""")
                .param("msisdn", m.msisdn()).param("id", m.momentId()).param("kind", m.kind()).param("occurs", m.occursOn())
                .param("prepared", m.preparedOn()).param("occasion", m.occasion()).param("tier", m.tier()).param("action", m.action())
                .param("template", m.template()).param("taskKind", m.taskKind()).param("manager", m.managerId()).param("now", now())
                .update() == 1;
    }

    /** What acting on a new moment produced: the outbox's message, the task, or why the message was refused. */
    public void recordOutcome(String msisdn, String momentId, Long messageId, String taskId, String refused) {
        jdbc.sql("update care_moment set message_id = :message, task_id = :task, refused = :refused where msisdn = :msisdn and moment_id = :id")
                .param("message", messageId).param("task", taskId).param("refused", refused).param("msisdn", msisdn).param("id", momentId)
                .update();
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }
}
