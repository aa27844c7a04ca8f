package dev.retain.app.retention.web;

import dev.retain.app.security.ApiScope;
import dev.retain.app.security.Scope;
import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.retention.ContactForm;
import dev.retain.app.retention.Contacts;
import dev.retain.app.retention.TaskStatus;
import dev.retain.app.retention.internal.TaskReadModel;
import dev.retain.app.retention.internal.TaskRow;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tasks", description = "Retention tasks (SPEC R4.2) and their handling (R4.4)")
@PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR', 'ADMIN', 'ANALYST')")
class TaskApi {

    static final int MAX_SIZE = 500;
    private static final List<String> STATUSES = TaskStatus.ALL;

    private final TaskReadModel tasks;
    private final Contacts contacts;
    private final CurrentUser currentUser;

    TaskApi(TaskReadModel tasks, Contacts contacts, CurrentUser currentUser) {
        this.tasks = tasks;
        this.contacts = contacts;
        this.currentUser = currentUser;
    }

    /**
     * A task as the API lists it; the customer's MSISDN and name masked (R14.3), and the
     * customer's opaque key for /api/v1/subscribers/{customerKey} and /api/v1/contacts.
     */
    record TaskView(String taskId, String customerKey, String msisdn, String name, String month, String tier, String zone, String kind,
                    List<String> reasons, long priority, BigDecimal valueAtRisk, LocalDate dueDate, boolean overdue,
                    String managerId, String status, String outcome, List<String> churnReasons) {

        /** {@code churnReasons}: the churn model's top reasons as "feature=value" (words are the UI's), empty without. */
        static TaskView of(TaskRow t) {
            return new TaskView(t.taskId(), t.customerKey(), t.maskedMsisdn(), t.maskedName(), t.month(), t.tier(), t.zone(), t.kind(),
                    t.reasons(), t.priority(), t.valueAtRisk(), t.dueDate(), t.overdue(), t.managerId(), t.status(),
                    t.outcome(), TaskRow.splitReasons(t.churnReasons()));
        }
    }

    record OutcomeSaved(String taskId, long contactId) {
    }

    @ApiScope(Scope.TASKS_READ)
    @GetMapping("/api/v1/tasks")
    @Operation(summary = "Tasks, most urgent first",
            description = "A manager gets their own tasks only (asking for another managerId is refused); supervisors, "
                    + "admins and analysts get all tasks, or one manager's with managerId. A customer has at most one open "
                    + "retention task: a later month's task supersedes the earlier one (status superseded).")
    @ApiResponse(responseCode = "403", description = "a manager asking for another manager's tasks")
    List<TaskView> list(@Parameter(description = "open, done, cancelled or superseded (closed by a later month's task for the customer)") @RequestParam(defaultValue = "open") String status,
                        @Parameter(description = "0-based page") @RequestParam(defaultValue = "0") int page,
                        @Parameter(description = "rows per page, at most 500") @RequestParam(defaultValue = "50") int size,
                        @Parameter(description = "one manager's tasks") @RequestParam(required = false) String managerId) {
        RetainUser me = currentUser.get();
        if (!STATUSES.contains(status)) throw new IllegalArgumentException("status must be one of " + STATUSES);
        String manager = managerId;
        if (me.scopedToOwnCustomers()) {
            if (managerId != null && !managerId.equals(me.managerId())) {
                throw new AccessDeniedException(me.username() + " may list only their own tasks");
            }
            manager = me.managerId() == null ? "" : me.managerId();
        }
        int rows = Math.min(Math.max(1, size), MAX_SIZE);
        return tasks.tasks(status, manager, Math.max(0, page) * rows, rows).stream().map(TaskView::of).toList();
    }

    @ApiScope(Scope.TASKS_WRITE)
    @PostMapping("/api/v1/tasks/{taskId}/outcome")
    @PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR')")
    @Operation(summary = "Record the outcome of a contact for an open task",
            description = "Saves the contact in the customer's history. With followUpDate the task stays open and is due "
                    + "then; without, it is closed with the outcome. A task superseded by a later month's task passes the "
                    + "outcome on to that task. Managers only for their own customers.")
    @ApiResponse(responseCode = "400", description = "a field is invalid (e.g. refused without declineReason)")
    @ApiResponse(responseCode = "403", description = "not this user's customer, or a read-only role")
    @ApiResponse(responseCode = "404", description = "no such open task")
    OutcomeSaved outcome(@PathVariable String taskId, @Valid @RequestBody ContactForm body) {
        RetainUser me = currentUser.get();
        String msisdn = tasks.msisdnOfTask(taskId).orElseThrow(() -> new NotFoundException("task " + taskId));
        body.setTaskId(taskId);
        return new OutcomeSaved(taskId, contacts.log(me, msisdn, body));
    }
}
