package dev.retain.app.retention.internal;

import dev.retain.app.core.BusinessTime;
import dev.retain.app.retention.internal.CustomerHistory.ContactEntry;
import dev.retain.app.security.PersonalData;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 360 view's complaints and work orders (SPEC R8.1): complaint and complaint_quality_callback
 * (complaint), work_order and work_order_history (workorder), by MSISDN. Read here rather than through
 * {@code Complaints.ofCustomer} / {@code WorkOrders.ofCustomer} because those modules check a
 * manager's access through retention, and retention calling them back would be a module cycle.
 * Their contacts — the intake, the closing callback, the quality callback and the work order's hand-offs,
 * waits and result (the people's words; not the codes of other history rows) —
 * join the unified contact history as {@link ContactEntry} rows (free text with numbers masked).
 */
@Component
public class CustomerComplaintsReadModel {

    private static final int LIMIT = 100;

    public record ComplaintRow(long id, String channel, String category, String state, String priority, int repeatCount,
                               LocalDateTime receivedAt, LocalDateTime closedAt, Integer satisfaction, Long workOrderId) {
    }

    public record WorkOrderRow(long id, String channel, String category, String state, String queue, LocalDateTime createdAt,
                               LocalDateTime dueAt, LocalDateTime closedAt, String callbackOutcome) {
        public boolean overdue(LocalDateTime now) {
            return dueAt != null && closedAt == null && !"resolved".equals(state) && dueAt.isBefore(now);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CustomerComplaintsReadModel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Newest first. */
    public List<ComplaintRow> complaints(String msisdn) {
        return jdbc.sql("""
                select id, channel, category, state, priority, repeat_count, received_at, closed_at, satisfaction, work_order_id
                from complaint where msisdn = ? order by received_at desc, id desc limit ?""").params(msisdn, LIMIT)
                .query((rs, i) -> new ComplaintRow(rs.getLong("id"), rs.getString("channel"), rs.getString("category"), rs.getString("state"),
                        rs.getString("priority"), rs.getInt("repeat_count"), local(rs.getTimestamp("received_at")),
                        local(rs.getTimestamp("closed_at")), rs.getObject("satisfaction", Integer.class),
                        rs.getObject("work_order_id", Long.class)))
                .list();
    }

    /** Newest first. */
    public List<WorkOrderRow> workOrders(String msisdn) {
        return jdbc.sql("""
                select id, channel, category, state, queue, created_at, due_at, closed_at, callback_outcome
                from work_order where msisdn = ? order by created_at desc, id desc limit ?""").params(msisdn, LIMIT)
                .query((rs, i) -> new WorkOrderRow(rs.getLong("id"), rs.getString("channel"), rs.getString("category"), rs.getString("state"),
                        rs.getString("queue"), local(rs.getTimestamp("created_at")), local(rs.getTimestamp("due_at")),
                        local(rs.getTimestamp("closed_at")), rs.getString("callback_outcome")))
                .list();
    }

    /** The complaints' and work orders' contacts with the customer, as contact-history rows (ids negative: not contact rows). */
    public List<ContactEntry> contacts(String msisdn) {
        List<ContactEntry> entries = new ArrayList<>();
        entries.addAll(jdbc.sql("""
                select c.id, c.received_at as at, c.channel, 'complaint_received' as outcome, c.description as notes,
                       null as username
                from complaint c where c.msisdn = :m
                union all
                select q.complaint_id, q.recorded_at, 'complaint_callback', 'quality_callback_' || q.outcome,
                       concat_ws(' · ', case when q.satisfaction is not null then q.satisfaction || '/5' end, q.note), q.recorded_by
                from complaint_quality_callback q join complaint c on c.id = q.complaint_id
                where c.msisdn = :m and q.recorded_at is not null
                union all
                select w.id, h.at, 'work_order', 'work_order_' || h.action, h.note, h.by_user
                from work_order w join work_order_history h on h.work_order_id = w.id
                where w.msisdn = :m and h.action in ('transferred', 'handed_back', 'waiting_customer', 'resolved')
                union all
                select w.id, w.closed_at, 'work_order', 'work_order_callback_' || w.callback_outcome,
                       concat_ws(' · ', case when w.satisfaction is not null then w.satisfaction || '/5' end, w.callback_note), null
                from work_order w where w.msisdn = :m and w.closed_at is not null
                order by at desc limit :limit""").param("m", msisdn).param("limit", LIMIT)
                .query((rs, i) -> new ContactEntry(-rs.getLong("id"), local(rs.getTimestamp("at")), rs.getString("channel"),
                        rs.getString("outcome"), null, null, PersonalData.maskNumbersIn(rs.getString("notes")), null,
                        rs.getString("username"), null))
                .list());
        return entries;
    }

    /** The retention contacts and these, newest first (the history table's order). */
    public static List<ContactEntry> merged(List<ContactEntry> contacts, List<ContactEntry> complaintContacts) {
        List<ContactEntry> all = new ArrayList<>(contacts);
        all.addAll(complaintContacts);
        all.sort(Comparator.comparing(ContactEntry::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return all;
    }

    private LocalDateTime local(java.sql.Timestamp t) {
        return BusinessTime.local(t, clock);
    }
}
