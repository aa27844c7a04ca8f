package dev.retain.app.workorder.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue and the time-limit board: work_order (own) with customer's {@code subscriber.customer_key},
 * so pages link a customer by key and never by number.
 */
@Component
public class WorkOrderListReadModel {

    public record Line(long id, String msisdn, String customerKey, String channel, String category, String state, String queue,
                       String assignee, String priority, Instant createdAt, Instant dueAt, Instant warnAt) {
        public boolean overdue(Instant now) {
            return dueAt != null && !dueAt.isAfter(now) && !state.equals("resolved") && !state.equals("closed");
        }
    }

    public record QueueLoad(String queue, long open, long dueSoon, long overdue) {
    }

    private final JdbcClient jdbc;

    WorkOrderListReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first; null filters match everything; {@code assignee} narrows to one handler's orders. */
    public List<Line> list(String queue, String state, String assignee, int limit) {
        StringBuilder sql = new StringBuilder("""
                select w.id, w.msisdn, s.customer_key::text, w.channel, w.category, w.state, w.queue, w.assignee, w.priority,
                       w.created_at, w.due_at, w.warn_at
                from work_order w left join subscriber s on s.msisdn = w.msisdn where true""");
        List<Object> params = new ArrayList<>();
        if (queue != null) {
            sql.append(" and w.queue = ?");
            params.add(queue);
        }
        if (state != null) {
            sql.append(" and w.state = ?");
            params.add(state);
        }
        if (assignee != null) {
            sql.append(" and w.assignee = ?");
            params.add(assignee);
        }
        sql.append(" order by w.id desc limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query((rs, i) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                WorkOrderStore.instant(rs, 10), WorkOrderStore.instant(rs, 11), WorkOrderStore.instant(rs, 12))).list();
    }

    /** Running orders (the clock runs) past their deadline, or past their warning: soonest deadline first. */
    public List<Line> dueOrOverdue(Instant now, int limit) {
        return jdbc.sql("""
                        select w.id, w.msisdn, s.customer_key::text, w.channel, w.category, w.state, w.queue, w.assignee, w.priority,
                               w.created_at, w.due_at, w.warn_at
                        from work_order w left join subscriber s on s.msisdn = w.msisdn
                        where w.state in ('new', 'assigned', 'in_progress') and w.warn_at <= ? order by w.due_at limit ?""")
                .params(Timestamp.from(now), limit)
                .query((rs, i) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), WorkOrderStore.instant(rs, 10),
                        WorkOrderStore.instant(rs, 11), WorkOrderStore.instant(rs, 12)))
                .list();
    }

    /** Per queue: open orders (not resolved or closed), those in their warning window, those overdue. */
    public List<QueueLoad> byQueue(Instant now) {
        Timestamp t = Timestamp.from(now);
        return jdbc.sql("""
                        select queue, count(*),
                               count(*) filter (where state in ('new', 'assigned', 'in_progress') and warn_at <= ? and due_at > ?),
                               count(*) filter (where state in ('new', 'assigned', 'in_progress') and due_at <= ?)
                        from work_order where state not in ('resolved', 'closed') group by queue order by queue""")
                .params(t, t, t).query((rs, i) -> new QueueLoad(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
    }
}
