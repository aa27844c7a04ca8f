package dev.retain.app.retention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the tasks that key moments and alerts raise between cycles ({@link MomentTaskKinds}),
 * in the caller's transaction. The caller chooses a task id that is deterministic from what
 * caused the task (e.g. {@code B2027-02-14-13800000001} for a birthday), so a re-run of a day or
 * a redelivered alert opens nothing twice.
 */
@Service
public class MomentTasks {

    private final JdbcClient jdbc;

    MomentTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One task to open. {@code reasons}: reason codes joined by {@code ;} as the task pages
     * translate them ({@code retention.reason.<code>}); {@code managerId} null leaves it unassigned.
     */
    public record MomentTask(String taskId, String msisdn, String kind, String reasons, String actions, long priority,
            BigDecimal valueAtRisk, LocalDate dueDate, String managerId) {

        public MomentTask {
            Objects.requireNonNull(taskId, "taskId");
            Objects.requireNonNull(msisdn, "msisdn");
            Objects.requireNonNull(reasons, "reasons");
            Objects.requireNonNull(dueDate, "dueDate");
            if (!MomentTaskKinds.ALL.contains(kind)) {
                throw new IllegalArgumentException("not a moment task kind: " + kind + " (one of " + MomentTaskKinds.ALL + ")");
            }
            actions = actions == null ? "" : actions;
            valueAtRisk = valueAtRisk == null ? BigDecimal.ZERO : valueAtRisk;
        }
    }

    /** Whether the task with this id exists and is still open. */
    public boolean isOpen(String taskId) {
        return jdbc.sql("select count(*) from task where task_id = ? and status = '" + TaskStatus.OPEN + "'").param(taskId)
                .query(Integer.class).single() > 0;
    }

    /** Opens the task unless one with its id exists (in any state); true when it was opened now. */
    @Transactional
    public boolean open(MomentTask t) {
        return jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, actions, priority, value_at_risk, due_date, manager_id)
                        values (:id, :msisdn, :month, :kind, :reasons, :actions, :priority, :value, :due, :manager)
                        on conflict (task_id) do nothing""")
                .param("id", t.taskId()).param("msisdn", t.msisdn()).param("month", t.dueDate().toString().substring(0, 7))
                .param("kind", t.kind()).param("reasons", t.reasons()).param("actions", t.actions())
                .param("priority", t.priority()).param("value", t.valueAtRisk()).param("due", t.dueDate())
                .param("manager", t.managerId())
                .update() == 1;
    }
}
