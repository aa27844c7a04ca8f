package dev.retain.app.assignment.web;

import dev.retain.app.assignment.Assignments;
import dev.retain.app.assignment.CurrentAssignment;
import dev.retain.app.assignment.Departure;
import dev.retain.app.assignment.ManagerLoad;
import dev.retain.app.assignment.Reassignment;
import dev.retain.app.assignment.ReassignmentRefused;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.PersonalData;
import dev.retain.engine.value.Msisdn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Supervisors move customers between managers (R3.3): one customer by hand, or every
 * customer of a manager who leaves. Analysts may look at the history but change nothing.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
class ReassignController {

    private static final int RECENT = 30;
    private static final List<String> ROLES = List.of("customer_manager", "phone_manager");

    private final Assignments assignments;
    private final CurrentUser currentUser;

    ReassignController(Assignments assignments, CurrentUser currentUser) {
        this.assignments = assignments;
        this.currentUser = currentUser;
    }

    @GetMapping("/supervisor/reassign")
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN','ANALYST')")
    String page(@RequestParam(required = false) String msisdn, Model model) {
        fill(model, typed(msisdn));
        return "assignment/reassign";
    }

    @PostMapping("/supervisor/reassign")
    String reassign(@RequestParam(name = "msisdn", defaultValue = "") String number, @RequestParam(defaultValue = "") String managerId,
                    Model model, RedirectAttributes redirect) {
        String msisdn = typed(number);
        try {
            Reassignment done = assignments.reassign(msisdn, managerId, currentUser.get());
            redirect.addFlashAttribute("reassigned", new Moved(PersonalData.maskMsisdn(done.msisdn()), done.fromManagerId(),
                    done.toManagerId()));
            redirect.addAttribute("msisdn", done.msisdn());
            return "redirect:/supervisor/reassign";
        } catch (ReassignmentRefused refused) {
            fill(model, msisdn);
            model.addAttribute("selectedManager", managerId);
            model.addAttribute("reassignErrors", Map.of(refused.field().name(), refused.messageKey()));
            return "assignment/reassign";
        }
    }

    @PostMapping("/supervisor/reassign/departure")
    String departure(@RequestParam(defaultValue = "") String managerId, @RequestParam(defaultValue = "false") boolean confirm,
                     Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new HashMap<>();
        if (!confirm) errors.put("confirm", "assignment.error.confirm");
        if (managerId.isBlank()) errors.put("managerId", "assignment.error.unknown-manager");
        if (errors.isEmpty()) {
            try {
                Departure outcome = assignments.reassignAllOf(managerId, currentUser.get());
                redirect.addFlashAttribute("departure", new DepartureView(outcome.managerId(), outcome.moved().size(),
                        outcome.unassigned().size(), outcome.unassigned().stream().map(PersonalData::maskMsisdn).toList()));
                return "redirect:/supervisor/reassign";
            } catch (ReassignmentRefused refused) {
                errors.put(refused.field().name(), refused.messageKey());
            }
        }
        fill(model, null);
        model.addAttribute("departingManager", managerId);
        model.addAttribute("departureErrors", errors);
        return "assignment/reassign";
    }

    /** A number as a user typed it, as the key: trimmed and canonical, so +86… and the national form find the same customer. */
    private static String typed(String msisdn) {
        return msisdn == null ? null : Msisdn.canonical(msisdn.strip());
    }

    private void fill(Model model, String msisdn) {
        boolean lookup = msisdn != null && !msisdn.isBlank();
        Optional<CurrentAssignment> current = lookup ? assignments.assignmentOf(msisdn) : Optional.empty();
        model.addAttribute("msisdn", lookup ? msisdn.trim() : "");
        model.addAttribute("maskedMsisdn", lookup ? PersonalData.maskMsisdn(msisdn.trim()) : "");
        model.addAttribute("current", current.orElse(null));
        model.addAttribute("lookedUp", lookup);
        model.addAttribute("customerHistory", lookup ? assignments.historyOf(msisdn).stream().map(HistoryRow::of).toList() : List.of());
        Map<String, List<ManagerLoad>> byRole = new java.util.LinkedHashMap<>();
        for (String role : ROLES) {
            // once the customer is known, only managers of the role that serves them are offered
            if (current.isEmpty() || current.get().role().equals(role)) byRole.put(role, assignments.activeManagers(role));
        }
        model.addAttribute("managersByRole", byRole);
        model.addAttribute("activeManagers", assignments.managers().stream().filter(ManagerLoad::active).toList());
        model.addAttribute("recentHistory", assignments.recentHistory(RECENT).stream().map(HistoryRow::of).toList());
        model.addAttribute("reassignErrors", Map.of());
        model.addAttribute("departureErrors", Map.of());
        model.addAttribute("canWrite", currentUser.get().canWrite());
    }

    record Moved(String maskedMsisdn, String fromManager, String toManager) {
    }

    record DepartureView(String managerId, int moved, int unassigned, List<String> unassignedMasked) {
    }
}
