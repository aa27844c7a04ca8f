package dev.retain.app.retention.internal;

import dev.retain.app.retention.TaskStatus;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A manager's call list of a day (SPEC R13.2): their open tasks due that day or before, in the
 * order of My tasks (priority, then task id), joined with the subscriber (customer's table,
 * read-only) for the name. One index range of {@code task_manager_open_page} per list.
 */
@Component
public class CallListReadModel {

    /** One call: the canonical number (what a dialer dials), the customer's name, the task it handles. */
    public record Call(String msisdn, String name, String taskId, String kind, LocalDate dueDate) {
    }

    private final JdbcClient jdbc;

    CallListReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void forEachCall(String managerId, LocalDate date, Consumer<Call> sink) {
        jdbc.sql("""
                        select t.msisdn, s.name, t.task_id, t.kind, t.due_date
                        from task t join subscriber s on s.msisdn = t.msisdn
                        where t.manager_id = ? and t.status = '%s' and t.due_date <= ?
                        order by t.priority desc, t.task_id""".formatted(TaskStatus.OPEN))
                .params(managerId, date)
                .query(rs -> {
                    sink.accept(new Call(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class)));
                });
    }
}
