package dev.retain.app.retention;

import dev.retain.app.assignment.CustomerReassigned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A customer's open tasks follow them to their new manager (R3.3). Runs before the
 * reassignment commits, in the same transaction, so the customer and their tasks never
 * belong to different managers; a customer left unassigned leaves the tasks unassigned too.
 *
 * <p>On purpose not a durable {@code @ApplicationModuleListener}: that one runs after the
 * commit, in a transaction of its own, so for a while (or after a failure, until a restart)
 * a customer's open tasks would stay with the manager they just left. Here a failure rolls the
 * reassignment back with it.
 */
@Component
class TaskReassignmentListener {

    private final JdbcClient jdbc;

    TaskReassignmentListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(CustomerReassigned event) {
        jdbc.sql("update task set manager_id = ?, updated_at = now() where msisdn = ? and status = '" + TaskStatus.OPEN + "'")
                .params(event.toManagerId(), event.msisdn()).update();
    }
}
