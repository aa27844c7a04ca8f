package dev.retain.app.alert.web;

import dev.retain.app.alert.internal.AlertReadModel;
import dev.retain.app.alert.internal.DemoReplay;
import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The usage alerts on screen (SPEC R6.1): the newest alerts with the customer's number masked, what
 * became of the message and the task. Supervisors and admins see the province, managers their own
 * customers. Where the demo's data is loaded, supervisors and admins replay a month of usage
 * for a few heavy users so the alerts, messages and tasks appear.
 */
@Controller
@PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR', 'ADMIN')")
class AlertsController {

    static final int SHOWN = 200;

    private final AlertReadModel alerts;
    private final DemoReplay replay;
    private final CurrentUser currentUser;

    AlertsController(AlertReadModel alerts, DemoReplay replay, CurrentUser currentUser) {
        this.alerts = alerts;
        this.replay = replay;
        this.currentUser = currentUser;
    }

    @GetMapping("/alerts")
    String alerts(Model model) {
        RetainUser me = currentUser.get();
        model.addAttribute("rows", alerts.newest(me.scopedToOwnCustomers() ? me.managerId() : null, SHOWN));
        model.addAttribute("mayReplay", mayReplay(me) && replay.available());
        model.addAttribute("mayHandle", me.role() != Role.ADMIN);
        return "alert/alerts";
    }

    @PostMapping("/alerts/demo-replay")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String demoReplay(RedirectAttributes redirect) {
        if (!replay.available()) throw new NotFoundException("the demo replay (no demo data is loaded)");
        redirect.addFlashAttribute("replayed", replay.replay());
        return "redirect:/alerts";
    }

    private static boolean mayReplay(RetainUser me) {
        return me.role() == Role.SUPERVISOR || me.role() == Role.ADMIN;
    }
}
