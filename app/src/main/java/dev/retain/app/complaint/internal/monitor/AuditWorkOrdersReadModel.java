package dev.retain.app.complaint.internal.monitor;

import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two audit lists that need the work order: complaint (own) ⨝ work_order (workorder) for its time
 * limit ({@code due_at}), closure ({@code closed_at}) and the closing callback's outcome. Only reads
 * work_order; the inserts go into the complaint module's own audit table.
 */
final class AuditWorkOrdersReadModel {

    private AuditWorkOrdersReadModel() {
    }

    static void insertOverdueClosures(JdbcClient jdbc, long listId, Timestamp start, Timestamp end) {
        jdbc.sql("""
                insert into complaint_audit_entry (list_id, kind, complaint_id, detail)
                select ?, 'overdue_closure', c.id, 'due ' || to_char(w.due_at, 'YYYY-MM-DD"T"HH24:MI:SSOF') || ' closed '
                       || to_char(w.closed_at, 'YYYY-MM-DD"T"HH24:MI:SSOF')
                from complaint c join work_order w on w.id = c.work_order_id
                where c.state = 'closed' and c.closed_at >= ? and c.closed_at < ?
                  and w.due_at is not null and w.closed_at > w.due_at""").params(listId, start, end).update();
    }

    static void insertClosedWithoutContact(JdbcClient jdbc, long listId, Timestamp start, Timestamp end) {
        jdbc.sql("""
                insert into complaint_audit_entry (list_id, kind, complaint_id, detail)
                select ?, 'closed_without_contact', c.id, 'callback ' || w.callback_outcome
                from complaint c join work_order w on w.id = c.work_order_id
                where c.state = 'closed' and c.closed_at >= ? and c.closed_at < ?
                  and w.callback_outcome = 'unreachable'
                  and not exists (select 1 from complaint_quality_callback q where q.complaint_id = c.id and q.outcome = 'reached')""")
                .params(listId, start, end).update();
    }
}
