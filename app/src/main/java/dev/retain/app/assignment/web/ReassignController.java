package dev.retain.app.assignment.web;

import dev.retain.app.assignment.Assignments;
import dev.retain.app.assignment.CurrentAssignment;
import dev.retain.app.assignment.Departure;
import dev.retain.app.assignment.ManagerLoad;
import dev.retain.app.assignment.Reassignment;
import dev.retain.app.assignment.ReassignmentRefused;
import dev.retain.app.customer.CustomerKeys;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.PersonalData;
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
 * A number someone types travels only in a POST body; the page of a customer is addressed by
 * the customer's opaque key ({@code ?customer=}), so no phone number lands in a URL (R14.3).
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
class ReassignController {

    private static final int RECENT = 30;
    private static final List<String> ROLES = List.of("customer_manager", "phone_manager");

    private final Assignments assignments;
    private final CustomerKeys keys;
    private final CurrentUser currentUser;

    ReassignController(Assignments assignments, CustomerKeys keys, CurrentUser currentUser) {
        this.assignments = assignments;
        this.keys = keys;
        this.currentUser = currentUser;
    }

    @GetMapping("/supervisor/reassign")
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN','ANALYST')")
    String page(@RequestParam(required = false) String customer, Model model) {
        fill(model, customer == null ? null : keys.msisdnOf(customer).orElse(""));
        return "assignment/reassign";
    }

    /** A typed number (in the body) becomes the customer's page by key; an unknown one is said so. */
    @PostMapping("/supervisor/reassign/lookup")
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN','ANALYST')")
    String lookup(@RequestParam(defaultValue = "") String msisdn, Model model, RedirectAttributes redirect) {
        String key = keys.find(msisdn).orElse(null);
        if (key == null) {
            fill(model, "");
            return "assignment/reassign";
        }
        redirect.addAttribute("customer", key);
        return "redirect:/supervisor/reassign";
    }

    /** The customer by key (the form of a looked-up customer) or by a typed number. */
    @PostMapping("/supervisor/reassign")
    String reassign(@RequestParam(defaultValue = "") String customer, @RequestParam(defaultValue = "") String msisdn,
                    @RequestParam(defaultValue = "") String managerId, Model model, RedirectAttributes redirect) {
        String number = customer.isBlank() ? keys.find(msisdn).flatMap(keys::msisdnOf).orElse(msisdn) : keys.msisdnOf(customer).orElse("");
        try {
            Reassignment done = assignments.reassign(number, managerId, currentUser.get());
            redirect.addFlashAttribute("reassigned", new Moved(PersonalData.maskMsisdn(done.msisdn()), done.fromManagerId(),
                    done.toManagerId()));
            keys.keyOf(done.msisdn()).ifPresent(key -> redirect.addAttribute("customer", key));
            return "redirect:/supervisor/reassign";
        } catch (ReassignmentRefused refused) {
            fill(model, customer.isBlank() ? null : number);
            model.addAttribute("typedMsisdn", msisdn);
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

    /** {@code msisdn}: the customer looked up; "" for a number or key that found nobody; null for none asked. */
    private void fill(Model model, String msisdn) {
        boolean lookup = msisdn != null;
        Optional<CurrentAssignment> current = lookup && !msisdn.isBlank() ? assignments.assignmentOf(msisdn) : Optional.empty();
        model.addAttribute("customerKey", current.isPresent() ? keys.keyOf(msisdn).orElse("") : "");
        model.addAttribute("maskedMsisdn", lookup ? PersonalData.maskMsisdn(msisdn.trim()) : "");
        model.addAttribute("current", current.orElse(null));
        model.addAttribute("lookedUp", lookup);
        model.addAttribute("customerHistory", current.isPresent() ? assignments.historyOf(msisdn).stream().map(HistoryRow::of).toList() : List.of());
        Map<String, List<ManagerLoad>> byRole = new java.util.LinkedHashMap<>();
        for (String role : ROLES) {
            // once the customer is known, only managers of the role that serves them are offered
            if (current.isEmpty() || current.get().role().equals(role)) byRole.put(role, assignments.activeManagers(role));
        }
        model.addAttribute("managersByRole", byRole);
        model.addAttribute("activeManagers", assignments.managers().stream().filter(ManagerLoad::active).toList());
        model.addAttribute("recentHistory", assignments.recentHistory(RECENT).stream().map(HistoryRow::of).toList());
        model.addAttribute("typedMsisdn", "");
        model.addAttribute("reassignErrors", Map.of());
        model.addAttribute("departureErrors", Map.of());
        model.addAttribute("canWrite", currentUser.get().canWrite());
    }

    record Moved(String maskedMsisdn, String fromManager, String toManager) implements java.io.Serializable {
    }

    record DepartureView(String managerId, int moved, int unassigned, List<String> unassignedMasked) implements java.io.Serializable {
    }
}
