package dev.retain.app.workorder.web;

import dev.retain.app.security.CurrentUser;
import dev.retain.app.workorder.WorkOrderStates;
import dev.retain.app.workorder.internal.RoutingRules;
import dev.retain.app.workorder.internal.TimeLimits;
import dev.retain.app.workorder.internal.webhook.Webhooks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's work-order settings on one page: queues and their supervisors, routing rules (first match
 * by order), time limits in business minutes, working hours per region, and the webhooks' allow-list and
 * subscriptions (a new subscription's secret is shown once).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class WorkOrderAdminPages {

    private final RoutingRules routing;
    private final TimeLimits limits;
    private final Webhooks webhooks;
    private final CurrentUser currentUser;

    WorkOrderAdminPages(RoutingRules routing, TimeLimits limits, Webhooks webhooks, CurrentUser currentUser) {
        this.routing = routing;
        this.limits = limits;
        this.webhooks = webhooks;
        this.currentUser = currentUser;
    }

    @GetMapping("/admin/work-orders")
    String settings(Model model) {
        model.addAttribute("queues", routing.queues());
        model.addAttribute("rules", routing.rules());
        model.addAttribute("limits", limits.limits());
        model.addAttribute("hours", limits.hours());
        model.addAttribute("priorities", WorkOrderStates.PRIORITIES);
        model.addAttribute("allowList", webhooks.allowList());
        model.addAttribute("subscriptions", webhooks.subscriptions());
        model.addAttribute("deliveries", webhooks.recentDeliveries(20));
        return "workorder/admin";
    }

    @PostMapping("/admin/work-orders/queue")
    String saveQueue(@RequestParam String code, @RequestParam String nameZh, @RequestParam String nameEn, @RequestParam String department,
                     @RequestParam(required = false) String supervisors, RedirectAttributes redirect) {
        return attempt(redirect, () -> routing.saveQueue(code, nameZh, nameEn, department, supervisors));
    }

    @PostMapping("/admin/work-orders/rule")
    String addRule(@RequestParam(required = false) String category, @RequestParam(required = false) String region,
                   @RequestParam(required = false) String customerClass, @RequestParam String queue, RedirectAttributes redirect) {
        return attempt(redirect, () -> routing.addRule(category, region, customerClass, queue));
    }

    @PostMapping("/admin/work-orders/rule/remove")
    String removeRule(@RequestParam long id, RedirectAttributes redirect) {
        return attempt(redirect, () -> routing.removeRule(id));
    }

    @PostMapping("/admin/work-orders/limit")
    String saveLimit(@RequestParam(required = false) String category, @RequestParam(required = false) String priority,
                     @RequestParam int limitMinutes, @RequestParam int warnMinutes, RedirectAttributes redirect) {
        return attempt(redirect, () -> limits.saveLimit(category, priority, limitMinutes, warnMinutes));
    }

    @PostMapping("/admin/work-orders/hours")
    String saveHours(@RequestParam(required = false) String region, @RequestParam String hours, RedirectAttributes redirect) {
        return attempt(redirect, () -> limits.saveHours(region, hours));
    }

    @PostMapping("/admin/work-orders/webhook-target")
    String allow(@RequestParam String url, RedirectAttributes redirect) {
        return attempt(redirect, () -> webhooks.allow(url, currentUser.get().username()));
    }

    @PostMapping("/admin/work-orders/webhook-target/remove")
    String disallow(@RequestParam String origin, RedirectAttributes redirect) {
        return attempt(redirect, () -> webhooks.disallow(origin));
    }

    @PostMapping("/admin/work-orders/webhook")
    String subscribe(@RequestParam String url, RedirectAttributes redirect) {
        try {
            Webhooks.Subscription s = webhooks.subscribe(url, currentUser.get().username());
            redirect.addFlashAttribute("secret", s.secret());
            redirect.addFlashAttribute("done", true);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/admin/work-orders";
    }

    @PostMapping("/admin/work-orders/webhook/active")
    String setActive(@RequestParam long id, @RequestParam boolean active, RedirectAttributes redirect) {
        return attempt(redirect, () -> webhooks.setActive(id, active));
    }

    private static String attempt(RedirectAttributes redirect, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("done", true);
        } catch (IllegalArgumentException | org.springframework.dao.DataAccessException e) {
            redirect.addFlashAttribute("refused", e instanceof IllegalArgumentException ? e.getMessage() : "the change conflicts with the data");
        }
        return "redirect:/admin/work-orders";
    }
}
