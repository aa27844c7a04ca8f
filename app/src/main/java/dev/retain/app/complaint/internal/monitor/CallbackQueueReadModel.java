package dev.retain.app.complaint.internal.monitor;

import dev.retain.engine.value.Msisdn;
import dev.retain.app.core.BusinessTime;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The callback queue page: complaint_quality_callback and complaint (own) ⨝ subscriber (customer)
 * for the customer's key (links never carry the number) and tier. Open callbacks first, oldest
 * first; then the latest recorded ones.
 */
@Component
public class CallbackQueueReadModel {

    /** One queued callback; {@code maskedMsisdn} is already masked, {@code customerKey} null when the subscriber is unknown. */
    public record Entry(long complaintId, String maskedMsisdn, String customerKey, String tier, String region, String branch,
                        String category, LocalDateTime receivedAt, LocalDateTime closedAt, LocalDateTime queuedAt, String outcome,
                        Integer satisfaction, String note, String recordedBy, LocalDateTime recordedAt) {
        public boolean open() {
            return outcome == null || outcome.equals("unreached");
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CallbackQueueReadModel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Entry> queue(boolean open, int limit) {
        return jdbc.sql("""
                select q.complaint_id, c.msisdn, s.customer_key::text as customer_key, s.tier, coalesce(c.region, s.region) as region, coalesce(c.branch, s.branch) as branch,
                       c.category, c.received_at, c.closed_at, q.queued_at, q.outcome, q.satisfaction, q.note, q.recorded_by, q.recorded_at
                from complaint_quality_callback q
                join complaint c on c.id = q.complaint_id
                left join subscriber s on s.msisdn = c.msisdn
                where (q.outcome is null or q.outcome = 'unreached') = ?
                order by case when ? then q.queued_at end asc, q.recorded_at desc nulls last, q.complaint_id
                limit ?""").params(open, open, limit)
                .query((rs, i) -> new Entry(rs.getLong("complaint_id"), Msisdn.mask(rs.getString("msisdn")), rs.getString("customer_key"),
                        rs.getString("tier"), rs.getString("region"), rs.getString("branch"), rs.getString("category"),
                        local(rs.getTimestamp("received_at")), local(rs.getTimestamp("closed_at")), local(rs.getTimestamp("queued_at")),
                        rs.getString("outcome"), rs.getObject("satisfaction", Integer.class), rs.getString("note"), rs.getString("recorded_by"),
                        local(rs.getTimestamp("recorded_at"))))
                .list();
    }

    /** Sampling so far: closed complaints decided, sampled, and callbacks recorded. */
    public record Counts(long decided, long sampled, long reached, long unreached) {
    }

    public Counts counts() {
        return jdbc.sql("""
                select (select count(*) from complaint_callback_sampling),
                       (select count(*) from complaint_callback_sampling where sampled),
                       (select count(*) from complaint_quality_callback where outcome = 'reached'),
                       (select count(*) from complaint_quality_callback where outcome = 'unreached')""")
                .query((rs, i) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }

    private LocalDateTime local(java.sql.Timestamp t) {
        return t == null ? null : BusinessTime.local(t, clock);
    }
}
