package dev.retain.app.workorder.internal;

import dev.retain.app.workorder.WorkOrderView;
import dev.retain.engine.workhours.Pause;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The work_order rows, their pauses and their append-only history: SQL only, the rules live in {@code WorkOrders}. */
@Component
public class WorkOrderStore {

    /** A work order with what the rules need beyond the view. */
    public record Row(WorkOrderView view, String region, String previousQueue, int limitMinutes, int warnMinutes, Instant warnAt,
                      boolean dueProvisional, String description, String createdBy, Instant resolvedAt, String callbackNote) {
    }

    public record HistoryEntry(Instant at, String by, String action, String fromState, String toState, String queue, String note) {
    }

    public record PauseRow(Instant startedAt, Instant endedAt, String reason) {
    }

    public record NewRow(String externalId, String msisdn, String channel, String category, String description, String region,
                         String customerClass, String priority, String queue, String createdBy, Instant createdAt, int limitMinutes,
                         int warnMinutes, Instant dueAt, Instant warnAt, boolean dueProvisional) {
    }

    private static final String COLUMNS = """
            id, external_id, msisdn, channel, category, state, queue, assignee, priority, created_at, due_at, closed_at, result,
            callback_outcome, satisfaction, region, previous_queue, limit_minutes, warn_minutes, warn_at, due_provisional, description,
            created_by, resolved_at, callback_note""";

    private final JdbcClient jdbc;

    WorkOrderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the order unless its external id exists; empty when it did (the caller returns the first). */
    public Optional<Long> insert(NewRow r) {
        return jdbc.sql("""
                        insert into work_order (external_id, msisdn, channel, category, description, region, customer_class, priority, state,
                            queue, created_by, created_at, limit_minutes, warn_minutes, due_at, warn_at, due_provisional)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (external_id) do nothing returning id""")
                .params(r.externalId(), r.msisdn(), r.channel(), r.category(), r.description(), r.region(), r.customerClass(), r.priority(),
                        r.queue(), r.createdBy(), ts(r.createdAt()), r.limitMinutes(), r.warnMinutes(), ts(r.dueAt()), ts(r.warnAt()),
                        r.dueProvisional())
                .query(Long.class).optional();
    }

    public Optional<Long> idOfExternal(String externalId) {
        return jdbc.sql("select id from work_order where external_id = ?").param(externalId).query(Long.class).optional();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from work_order where id = ?").param(id).query(WorkOrderStore::row).optional();
    }

    /** The row locked for a change: two changes of one order take turns. */
    public Optional<Row> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from work_order where id = ? for update").param(id).query(WorkOrderStore::row).optional();
    }

    public List<WorkOrderView> ofCustomer(String msisdn) {
        return jdbc.sql("select " + COLUMNS + " from work_order where msisdn = ? order by created_at desc, id desc").param(msisdn)
                .query(WorkOrderStore::row).list().stream().map(Row::view).toList();
    }

    public void setState(long id, String state, String queue, String previousQueue, String assignee) {
        jdbc.sql("update work_order set state = ?, queue = ?, previous_queue = ?, assignee = ? where id = ?")
                .params(state, queue, previousQueue, assignee, id).update();
    }

    /** Orders with a running clock whose deadline is at or after {@code from}, or provisional. */
    public List<Long> runningWithDeadlineFrom(Instant from) {
        return jdbc.sql("""
                        select id from work_order where state in ('new', 'assigned', 'in_progress') and due_at is not null
                          and (due_provisional or due_at >= ?) order by id""")
                .param(ts(from)).query(Long.class).list();
    }

    public void setDeadline(long id, int limitMinutes, int warnMinutes, Instant dueAt, Instant warnAt, boolean provisional) {
        jdbc.sql("update work_order set limit_minutes = ?, warn_minutes = ?, due_at = ?, warn_at = ?, due_provisional = ? where id = ?")
                .params(limitMinutes, warnMinutes, ts(dueAt), ts(warnAt), provisional, id).update();
    }

    public void setPriority(long id, String priority) {
        jdbc.sql("update work_order set priority = ? where id = ?").params(priority, id).update();
    }

    public void resolve(long id, String result, Instant at) {
        jdbc.sql("update work_order set state = 'resolved', result = ?, resolved_at = ? where id = ?").params(result, ts(at), id).update();
    }

    public void close(long id, String outcome, Integer satisfaction, String note, Instant at) {
        jdbc.sql("update work_order set state = 'closed', callback_outcome = ?, satisfaction = ?, callback_note = ?, closed_at = ? where id = ?")
                .params(outcome, satisfaction, note, ts(at), id).update();
    }

    public void history(long id, Instant at, String by, String action, String fromState, String toState, String queue, String note) {
        jdbc.sql("""
                        insert into work_order_history (work_order_id, at, by_user, action, from_state, to_state, queue, note)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, ts(at), by, action, fromState, toState, queue, note).update();
    }

    public List<HistoryEntry> historyOf(long id) {
        return jdbc.sql("select at, by_user, action, from_state, to_state, queue, note from work_order_history where work_order_id = ? order by id")
                .param(id).query((rs, i) -> new HistoryEntry(instant(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    public void startPause(long id, Instant at, String reason) {
        jdbc.sql("insert into work_order_pause (work_order_id, started_at, reason) values (?, ?, ?)").params(id, ts(at), reason).update();
    }

    public void endPause(long id, Instant at) {
        jdbc.sql("update work_order_pause set ended_at = ? where work_order_id = ? and ended_at is null").params(ts(at), id).update();
    }

    public List<PauseRow> pausesOf(long id) {
        return jdbc.sql("select started_at, ended_at, reason from work_order_pause where work_order_id = ? order by started_at")
                .param(id).query((rs, i) -> new PauseRow(instant(rs, 1), instant(rs, 2), rs.getString(3))).list();
    }

    public List<Pause> clockPauses(long id) {
        return pausesOf(id).stream().map(p -> new Pause(p.startedAt(), p.endedAt())).toList();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Integer satisfaction = rs.getObject(15) == null ? null : rs.getInt(15);
        WorkOrderView view = new WorkOrderView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), instant(rs, 10), instant(rs, 11), instant(rs, 12),
                rs.getString(13), rs.getString(14), satisfaction);
        return new Row(view, rs.getString(16), rs.getString(17), rs.getInt(18), rs.getInt(19), instant(rs, 20), rs.getBoolean(21),
                rs.getString(22), rs.getString(23), instant(rs, 24), rs.getString(25));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
