package dev.retain.app.security.web;

import dev.retain.app.security.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admins browse the audit trail (R14.3). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private static final int PAGE = 50;
    private final AuditLog auditLog;

    AuditController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String action,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        int p = Math.max(0, page);
        model.addAttribute("entries", auditLog.page(username, action, p * PAGE, PAGE + 1));
        model.addAttribute("username", username);
        model.addAttribute("action", action);
        model.addAttribute("page", p);
        model.addAttribute("pageSize", PAGE);
        return "security/audit";
    }
}
