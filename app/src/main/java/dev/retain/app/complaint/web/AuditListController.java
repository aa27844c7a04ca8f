package dev.retain.app.complaint.web;

import dev.retain.app.complaint.internal.monitor.AuditListReadModel;
import dev.retain.app.complaint.internal.monitor.AuditLists;
import dev.retain.app.complaint.internal.monitor.AuditPeriod;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The periodic audit lists (004 step 4, SPEC R9.4): overdue closures, closures without customer
 * contact, repeat complaints of closed problems, low scores — per week and month, made by a job each
 * morning; a supervisor or admin may (re)generate a period.
 */
@Controller
@PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN', 'ANALYST')")
class AuditListController {

    static final String AUDIT_ACTION = "complaint_audit_list";
    private static final int LISTS_SHOWN = 60;

    private final AuditListReadModel lists;
    private final AuditLists generator;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    AuditListController(AuditListReadModel lists, AuditLists generator, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.lists = lists;
        this.generator = generator;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/complaints/audits")
    String page(@RequestParam(required = false) Long list, Model model) {
        var all = lists.lists(LISTS_SHOWN);
        var chosen = list != null ? lists.list(list) : all.stream().findFirst();
        model.addAttribute("lists", all);
        model.addAttribute("chosen", chosen.orElse(null));
        model.addAttribute("entries", chosen.map(l -> lists.entries(l.id())).orElse(java.util.List.of()));
        model.addAttribute("today", LocalDate.now(clock));
        Role role = currentUser.get().role();
        model.addAttribute("mayGenerate", role == Role.SUPERVISOR || role == Role.ADMIN);
        return "complaint/audit";
    }

    @PostMapping("/complaints/audits")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String generate(@RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String day,
                    RedirectAttributes redirect) {
        RetainUser me = currentUser.get();
        AuditPeriod p;
        try {
            p = AuditPeriod.of(period, LocalDate.parse(day.strip()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            redirect.addFlashAttribute("refused", "complaint.audit.refused");
            return "redirect:/complaints/audits";
        }
        long id = generator.generate(p, me.username());
        audit.record(me, AUDIT_ACTION, p.kind() + " " + p.startsOn(), "list " + id);
        redirect.addFlashAttribute("saved", "complaint.audit.generated");
        return "redirect:/complaints/audits?list=" + id;
    }
}
