package dev.retain.app.metrics.web;

import dev.retain.app.metrics.Metrics;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.CurrentUser;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A month's figures computed again now (supervisors and admins), for data that changed after the cycle: surveys
 * answered, contacts logged, complaints closed. Audited; back to the dashboards of that month.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
class MetricsRefreshController {

    static final String AUDIT_ACTION = "metrics_refreshed";

    private final Metrics metrics;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    MetricsRefreshController(Metrics metrics, CurrentUser currentUser, AuditLog audit) {
        this.metrics = metrics;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @PostMapping("/metrics/refresh")
    String refresh(@RequestParam String month, RedirectAttributes redirect) {
        YearMonth m;
        try {
            m = YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month must be YYYY-MM");
        }
        int customers = metrics.refresh(m);
        audit.record(currentUser.get(), AUDIT_ACTION, m.toString(), customers + " customers");
        redirect.addFlashAttribute("refreshed", customers);
        return "redirect:/reports/dashboards?month=" + m;
    }
}
