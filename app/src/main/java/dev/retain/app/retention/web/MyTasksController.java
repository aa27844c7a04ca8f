package dev.retain.app.retention.web;

import dev.retain.app.retention.internal.TaskFilter;
import dev.retain.app.retention.internal.TaskReadModel;
import dev.retain.app.retention.internal.TaskRow;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import dev.retain.engine.csv.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * My tasks: the logged-in manager's open tasks, most urgent first, filtered and paged. The
 * filter form is plain GET; htmx re-requests the same URL and swaps only the results.
 */
@Controller
@PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER')")
class MyTasksController {

    static final int PAGE = 50;

    private final TaskReadModel tasks;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    MyTasksController(TaskReadModel tasks, CurrentUser currentUser, AuditLog auditLog) {
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @GetMapping("/tasks")
    String myTasks(@RequestParam(defaultValue = "") String zone, @RequestParam(defaultValue = "") String kind,
                   @RequestParam(required = false) Long minPriority, @RequestParam(defaultValue = "all") String due,
                   @RequestParam(defaultValue = "0") int page,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        TaskFilter filter = new TaskFilter(zone, kind, minPriority == null ? 0 : minPriority, due);
        int p = Math.max(0, page);
        List<TaskRow> rows = tasks.openTasksOf(managerId(), filter, p * PAGE, PAGE + 1);
        model.addAttribute("rows", rows.size() > PAGE ? rows.subList(0, PAGE) : rows);
        model.addAttribute("hasNext", rows.size() > PAGE);
        model.addAttribute("page", p);
        model.addAttribute("filter", filter);
        model.addAttribute("zones", TaskFilter.ZONES);
        model.addAttribute("kinds", TaskFilter.KINDS);
        model.addAttribute("dues", TaskFilter.DUES);
        // an htmx request (the filter form changed) gets only the results to swap in
        return htmx != null ? "retention/tasks :: results" : "retention/tasks";
    }

    /** My open tasks as CSV, masked like the page; recorded in the audit log as an export. */
    @GetMapping("/tasks/export.csv")
    void export(@RequestParam(defaultValue = "") String zone, @RequestParam(defaultValue = "") String kind,
                @RequestParam(required = false) Long minPriority, @RequestParam(defaultValue = "all") String due,
                HttpServletResponse response) throws IOException {
        RetainUser me = currentUser.get();
        TaskFilter filter = new TaskFilter(zone, kind, minPriority == null ? 0 : minPriority, due);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"my-tasks.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        PrintWriter out = response.getWriter();
        out.print('\uFEFF'); // the byte order mark makes spreadsheet programs read the Chinese as UTF-8
        out.print("task_id,msisdn,name,tier,zone,kind,reasons,priority,value_at_risk,due_date,overdue\r\n");
        long rows = tasks.forEachOpenTaskOf(managerId(), filter, t -> out.print(String.join(",",
                CsvWriter.escape(t.taskId()), CsvWriter.escape(t.maskedMsisdn()), CsvWriter.escape(t.maskedName()), CsvWriter.escape(t.tier()),
                CsvWriter.escape(t.zone()), CsvWriter.escape(t.kind()), CsvWriter.escape(String.join(";", t.reasons())),
                Long.toString(t.priority()), t.valueAtRisk().toPlainString(), t.dueDate().toString(),
                Boolean.toString(t.overdue())) + "\r\n"));
        out.flush();
        auditLog.exported(me, "my-tasks.csv", rows);
    }

    private String managerId() {
        String id = currentUser.get().managerId();
        // a manager login without a managers.csv id has no tasks; never match the unassigned (null) ones
        return id == null ? "" : id;
    }
}
