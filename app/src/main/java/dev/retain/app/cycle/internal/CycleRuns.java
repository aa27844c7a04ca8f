package dev.retain.app.cycle.internal;

import dev.retain.app.customer.ImportedProvince;
import dev.retain.app.cycle.CycleCompleted;
import dev.retain.app.cycle.CycleRun;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cycle_run rows. Each update commits on its own, whatever transaction surrounds it, so the
 * progress of a running cycle is visible to the page polling it, and a failure is recorded
 * even though the cycle's own transaction rolled back.
 */
@Repository
public class CycleRuns {

    private static final String COLUMNS = "id, month, status, phase, done, total, started_at, finished_at, started_by, summary, error";
    private static final int MAX_ERROR = 2000;

    private final JdbcClient jdbc;
    private final ImportedProvince province;
    private final TransactionTemplate ownTransaction;
    private final ApplicationEventPublisher events;

    CycleRuns(JdbcClient jdbc, ImportedProvince province, PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.province = province;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Committed before it returns, whatever the caller's transaction: the worker that picks
     * the run up reads it from another connection (and an after-commit event listener's
     * writes would otherwise join a transaction that has already committed).
     */
    public CycleRun queue(YearMonth month, String username) {
        long id = ownTransaction.execute(tx -> jdbc.sql("insert into cycle_run (month, status, started_by) values (?, 'queued', ?) returning id")
                .params(month.toString(), username).query(Long.class).single());
        return find(id).orElseThrow();
    }

    /** Marks the run running (its clock starts now); false when it was not queued (already taken). */
    public boolean start(long id) {
        return jdbc.sql("""
                        update cycle_run set status = 'running', phase = 'export', done = 0, total = 0, started_at = now(),
                          finished_at = null, error = null where id = ? and status in ('queued', 'running')""")
                .param(id).update() == 1;
    }

    /**
     * At startup: a run left "running" or "queued" by a stopped application that no scheduled
     * execution will resume or start (a synchronous run) is recorded as failed rather than shown
     * running for ever.
     * {@code stillScheduled} says whether the scheduler still holds a run's execution.
     */
    public int failInterrupted(LongPredicate stillScheduled) {
        int failed = 0;
        for (long id : jdbc.sql("select id from cycle_run where status = 'running'").query(Long.class).list()) {
            if (stillScheduled.test(id)) continue;
            failed += jdbc.sql("""
                            update cycle_run set status = 'failed', finished_at = now(),
                              error = 'interrupted: the application stopped during the run'
                            where id = ? and status = 'running'""").param(id).update();
        }
        // a queued run nobody will start (a synchronous run whose caller stopped) would hold up every later run; one
        // queued in the last minutes is left alone: another instance may be scheduling it right now (its row commits
        // a moment before its scheduled execution does)
        for (long id : jdbc.sql("select id from cycle_run where status = 'queued' and started_at < now() - interval '2 minutes'")
                .query(Long.class).list()) {
            if (stillScheduled.test(id)) continue;
            failed += jdbc.sql("""
                            update cycle_run set status = 'failed', finished_at = now(),
                              error = 'interrupted: the application stopped before the run started'
                            where id = ? and status = 'queued'""").param(id).update();
        }
        return failed;
    }

    /** Whether a run queued before {@code id} is still waiting to start: queued runs start in the order they were queued. */
    public boolean queuedBefore(long id) {
        return jdbc.sql("select exists (select 1 from cycle_run where status = 'queued' and id < ?)").param(id)
                .query(Boolean.class).single();
    }

    /** Whether a run of {@code month} is queued and not started yet (it will read whatever the database holds when it starts). */
    public boolean waiting(YearMonth month) {
        return jdbc.sql("select exists (select 1 from cycle_run where status = 'queued' and month = ?)").param(month.toString())
                .query(Boolean.class).single();
    }

    public boolean succeededOnce(YearMonth month) {
        return jdbc.sql("select exists (select 1 from cycle_run where status = 'succeeded' and month = ?)").param(month.toString())
                .query(Boolean.class).single();
    }

    /** The runs queued after run {@code afterId}, oldest first. */
    public List<CycleRun> queuedAfter(long afterId) {
        return jdbc.sql("select " + COLUMNS + " from cycle_run where id > ? order by id").param(afterId).query(CycleRuns::row).list();
    }

    /** The newest run's id, 0 when there is none. */
    public long newestId() {
        return jdbc.sql("select coalesce(max(id), 0) from cycle_run").query(Long.class).single();
    }

    /** Whether any run is queued or running. */
    public boolean anyUnfinished() {
        return jdbc.sql("select exists (select 1 from cycle_run where status in ('queued', 'running'))").query(Boolean.class).single();
    }

    /** Commits on its own even when called inside the export's read-only snapshot. */
    public void progress(long id, String phase, long done, long total) {
        ownTransaction.executeWithoutResult(tx ->
                jdbc.sql("update cycle_run set phase = ?, done = ?, total = ? where id = ? and status = 'running'")
                        .params(phase, done, total, id).update());
    }

    /** Marks the run succeeded and publishes {@link CycleCompleted} in the same transaction (durable: never one without the other). */
    public void succeeded(long id, YearMonth month, String summaryJson) {
        ownTransaction.executeWithoutResult(tx -> {
            jdbc.sql("update cycle_run set status = 'succeeded', phase = 'done', done = total, finished_at = now(), summary = ? where id = ?")
                    .params(summaryJson, id).update();
            events.publishEvent(new CycleCompleted(id, month));
        });
    }

    public void failed(long id, String error) {
        String message = error == null ? "failed" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        jdbc.sql("update cycle_run set status = 'failed', finished_at = now(), error = ? where id = ?").params(message, id).update();
    }

    public Optional<CycleRun> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from cycle_run where id = ?").param(id).query(CycleRuns::row).optional();
    }

    /**
     * Newest first by when they were queued (ids are handed out as runs are queued, each queue
     * commits at once): a stable order, which is also the order they start in (see
     * {@link #queuedBefore}).
     */
    public List<CycleRun> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from cycle_run order by id desc limit ?").param(limit).query(CycleRuns::row).list();
    }

    public Optional<YearMonth> latestSucceededMonth() {
        return jdbc.sql("select month from cycle_run where status = 'succeeded' order by month desc limit 1").query(String.class).optional()
                .map(YearMonth::parse);
    }

    /** The newest month with imported usage (the customer module's): the form's default month. */
    public Optional<YearMonth> latestUsageMonth() {
        return province.newestUsageMonth();
    }

    private static CycleRun row(ResultSet rs, int i) throws SQLException {
        Timestamp finished = rs.getTimestamp(8);
        return new CycleRun(rs.getLong(1), YearMonth.parse(rs.getString(2)), CycleRun.Status.ofCode(rs.getString(3)),
                rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getTimestamp(7).toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString(9), rs.getString(10), rs.getString(11));
    }
}
