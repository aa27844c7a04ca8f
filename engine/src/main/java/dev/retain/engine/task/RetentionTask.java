package dev.retain.engine.task;

import dev.retain.engine.rules.TaskKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** One open task for one customer and month (SPEC R4.2): merged reasons, priority, due date, the playbooks' actions. */
public record RetentionTask(String id, String msisdn, YearMonth month, TaskKind kind, List<String> reasons, long priority,
                            long valueAtRiskFen, LocalDate dueDate, String managerId, List<String> actions) {
}
