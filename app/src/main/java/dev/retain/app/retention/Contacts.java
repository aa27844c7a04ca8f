package dev.retain.app.retention;

import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.security.RetainUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a contact with a customer in the unified history (SPEC R8.1) and, when it handles
 * a task, moves the task on (R4.4): a follow-up date reschedules it, none closes it.
 * {@code contact} and {@code task}'s handling columns belong to this module, so this is
 * the one place that writes them; other modules call {@link #log} (e.g. a hotline intake). A
 * contact stays linked to the task it handled; when a later month's task supersedes that task,
 * the successor shows it (through {@code task.superseded_by}).
 */
@Service
public class Contacts {

    private final JdbcClient jdbc;
    private final CustomerAccess access;

    Contacts(JdbcClient jdbc, CustomerAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Checks the user's right to write about the customer, then saves; returns the contact's id. */
    @Transactional
    public long log(RetainUser user, String msisdn, ContactForm form) {
        access.requireMayWrite(user, msisdn);
        String taskId = form.getTaskId() == null ? null : openTaskFor(form.getTaskId(), msisdn);
        long id = jdbc.sql("""
                        insert into contact (msisdn, channel, outcome, decline_reason, offer, notes, follow_up_date, username, task_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(msisdn, form.getChannel(), form.getOutcome(),
                        ContactCodes.REFUSED.equals(form.getOutcome()) ? form.getDeclineReason() : null,
                        form.getOffer(), form.getNotes(), form.getFollowUpDate(), user.username(), taskId)
                .query(Long.class).single();
        if (taskId != null) {
            if (form.getFollowUpDate() != null) {
                jdbc.sql("update task set due_date = ?, follow_up_date = ?, updated_at = now() where task_id = ?")
                        .params(form.getFollowUpDate(), form.getFollowUpDate(), taskId).update();
            } else {
                jdbc.sql("update task set status = ?, outcome = ?, closed_at = now(), updated_at = now() where task_id = ?")
                        .params(TaskStatus.DONE, form.getOutcome(), taskId).update();
            }
        }
        return id;
    }

    /**
     * The open task a contact about {@code taskId} handles: the task itself, or, when a later
     * month's task has superseded it meanwhile (a form opened before the cycle ran), the task
     * that took over, so the outcome the manager typed is recorded rather than refused. The row
     * lock makes two managers' simultaneous outcomes apply one after the other, and holds the
     * task against a cycle superseding it until this transaction ends.
     */
    private String openTaskFor(String taskId, String msisdn) {
        String current = taskId;
        for (int hop = 0; hop <= MAX_SUCCESSORS; hop++) {
            String id = current;
            TaskState state = jdbc.sql("select status, superseded_by from task where task_id = ? and msisdn = ? for update")
                    .params(id, msisdn).query((rs, i) -> new TaskState(rs.getString(1), rs.getString(2))).optional()
                    .orElseThrow(() -> new NotFoundException("open task " + taskId));
            if (TaskStatus.OPEN.equals(state.status())) return id;
            if (!TaskStatus.SUPERSEDED.equals(state.status()) || state.supersededBy() == null) break;
            current = state.supersededBy();
        }
        throw new NotFoundException("open task " + taskId);
    }

    /** A customer has one task a month, so a chain of successors is at most a few months long. */
    private static final int MAX_SUCCESSORS = 120;

    private record TaskState(String status, String supersededBy) {
    }
}
