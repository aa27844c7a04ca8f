package dev.retain.app.complaint;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Complaints in a given state for the monitor and evaluation tests, written straight into the
 * complaint table (test code; the app writes it only through the complaint module). Each call uses
 * numbers of its own, so tests sharing the database never see each other's rows by number.
 */
final class ComplaintMonitorFixture {

    private ComplaintMonitorFixture() {
    }

    /** {@code count} closed complaints of distinct customers with numbers prefix + 6 digits; their ids in order. */
    static List<Long> closed(JdbcClient jdbc, String prefix, int count, Instant closedAt) {
        return jdbc.sql("""
                insert into complaint (msisdn, received_at, channel, source_class, category, description, state, closed_at)
                select ? || lpad(g::text, 6, '0'), ?::timestamptz - interval '2 days', 'hotline', 'hotline_hall', 'weak_signal',
                       'no signal at home', 'closed', ?
                from generate_series(1, ?) g
                returning id""").params(prefix, java.sql.Timestamp.from(closedAt), java.sql.Timestamp.from(closedAt), count)
                .query(Long.class).list();
    }

    /** One complaint with everything the evaluation and audit lists read. */
    static long complaint(JdbcClient jdbc, String msisdn, String branch, Instant receivedAt, String state, Instant closedAt,
                          Integer satisfaction, int repeatCount, String category) {
        return jdbc.sql("""
                insert into complaint (msisdn, received_at, channel, source_class, category, description, branch, state, closed_at,
                                       satisfaction, repeat_count)
                values (?, ?, 'hotline', 'hotline_hall', ?, 'no signal at home', ?, ?, ?, ?, ?) returning id""")
                .params(msisdn, java.sql.Timestamp.from(receivedAt), category, branch, state,
                        closedAt == null ? null : java.sql.Timestamp.from(closedAt), satisfaction, repeatCount)
                .query(Long.class).single();
    }

    static void subscriber(JdbcClient jdbc, String msisdn, String tier, String region, String branch) {
        jdbc.sql("""
                insert into subscriber (msisdn, msisdn_received, name, region, branch, brand, tier, join_date)
                values (?, ?, '测试客户', ?, ?, 'gotone', ?, date '2020-01-01') on conflict (msisdn) do nothing""")
                .params(msisdn, msisdn, region, branch, tier).update();
    }

    /** A work order as the workorder module leaves it (test code writes it straight): closed when {@code closedAt} is set. */
    static long workOrder(JdbcClient jdbc, String msisdn, Instant createdAt, Instant dueAt, Instant closedAt, String callbackOutcome) {
        boolean closed = closedAt != null;
        return jdbc.sql("""
                insert into work_order (msisdn, channel, category, description, priority, state, queue, created_by, created_at,
                                        limit_minutes, warn_minutes, due_at, resolved_at, result, closed_at, callback_outcome)
                values (?, 'hotline', 'weak_signal', 'no signal at home', 'regular', ?, 'front_desk', 't-handler', ?, 960, 120, ?, ?, ?, ?, ?)
                returning id""")
                .params(msisdn, closed ? "closed" : "in_progress", java.sql.Timestamp.from(createdAt),
                        dueAt == null ? null : java.sql.Timestamp.from(dueAt), closed ? java.sql.Timestamp.from(closedAt) : null,
                        closed ? "replaced the antenna" : null, closed ? java.sql.Timestamp.from(closedAt) : null, callbackOutcome)
                .query(Long.class).single();
    }

    static void linkWorkOrder(JdbcClient jdbc, long complaintId, long workOrderId) {
        jdbc.sql("update complaint set work_order_id = ? where id = ?").params(workOrderId, complaintId).update();
    }
}
