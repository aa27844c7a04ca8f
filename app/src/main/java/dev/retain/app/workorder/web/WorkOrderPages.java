package dev.retain.app.workorder.web;

import dev.retain.app.assignment.Assignments;
import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import dev.retain.app.workorder.NewWorkOrder;
import dev.retain.app.workorder.WorkOrderRefused;
import dev.retain.app.workorder.WorkOrderStates;
import dev.retain.app.workorder.WorkOrderView;
import dev.retain.app.workorder.WorkOrders;
import dev.retain.app.workorder.internal.RoutingRules;
import dev.retain.app.workorder.internal.WorkOrderListReadModel;
import dev.retain.app.workorder.internal.WorkOrderStore;
import dev.retain.engine.value.Msisdn;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work-order screens: the queue (mine, a queue, a state), one order with its history, pauses, deadline
 * and the actions its state allows, opening one from a channel, and the time-limit board. Handlers,
 * supervisors and admins work them; analysts read the board. Numbers are shown masked; customers are linked by key.
 */
@Controller
@PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN')")
class WorkOrderPages {

    private static final int SHOWN = 200;

    private final WorkOrders orders;
    private final WorkOrderStore store;
    private final WorkOrderListReadModel lists;
    private final RoutingRules routing;
    private final CurrentUser currentUser;
    private final Assignments assignments;
    private final Clock clock;

    WorkOrderPages(WorkOrders orders, WorkOrderStore store, WorkOrderListReadModel lists, RoutingRules routing, CurrentUser currentUser,
                   Assignments assignments, Clock clock) {
        this.orders = orders;
        this.store = store;
        this.lists = lists;
        this.routing = routing;
        this.currentUser = currentUser;
        this.assignments = assignments;
        this.clock = clock;
    }

    @GetMapping("/work-orders")
    String queue(@RequestParam(required = false) String queue, @RequestParam(required = false) String state,
                 @RequestParam(defaultValue = "false") boolean mine, Model model) {
        String q = blank(queue) ? null : queue;
        String s = blank(state) || !WorkOrderStates.STATES.contains(state) ? null : state;
        model.addAttribute("rows", lists.list(q, s, mine ? currentUser.get().username() : null, SHOWN));
        model.addAttribute("queues", routing.queues());
        model.addAttribute("queueNames", queueNames());
        model.addAttribute("states", WorkOrderStates.STATES);
        model.addAttribute("queue", q);
        model.addAttribute("state", s);
        model.addAttribute("mine", mine);
        model.addAttribute("isAdmin", currentUser.get().role() == Role.ADMIN);
        model.addAttribute("now", clock.instant());
        return "workorder/queue";
    }

    @GetMapping("/work-orders/{id:\\d+}")
    String detail(@PathVariable long id, Model model) {
        WorkOrderStore.Row row = store.find(id).orElseThrow(() -> new NotFoundException("work order " + id));
        model.addAttribute("wo", row.view());
        model.addAttribute("row", row);
        model.addAttribute("history", store.historyOf(id));
        model.addAttribute("pauses", store.pausesOf(id));
        model.addAttribute("queues", routing.queues());
        model.addAttribute("queueNames", queueNames());
        model.addAttribute("outcomes", WorkOrderStates.CALLBACK_OUTCOMES);
        model.addAttribute("priorities", WorkOrderStates.PRIORITIES);
        model.addAttribute("now", clock.instant());
        return "workorder/detail";
    }

    @PostMapping("/work-orders/{id:\\d+}/action")
    String act(@PathVariable long id, @RequestParam String action, @RequestParam(required = false) String reason,
               @RequestParam(required = false) String toQueue, @RequestParam(required = false) String result,
               @RequestParam(required = false) String outcome, @RequestParam(required = false) Integer satisfaction,
               @RequestParam(required = false) String priority, RedirectAttributes redirect) {
        String me = currentUser.get().username();
        try {
            switch (action) {
                case "assign_me" -> orders.assign(id, me, me);
                case "start" -> orders.start(id, me);
                case "transfer" -> orders.transfer(id, toQueue, reason, me);
                case "hand_back" -> orders.handBack(id, reason, me);
                case "wait" -> orders.waitOnCustomer(id, reason, me);
                case "resume" -> orders.resume(id, me);
                case "resolve" -> orders.resolve(id, result, me);
                case "close" -> orders.close(id, outcome, satisfaction, reason, me);
                case "priority" -> orders.setPriority(id, priority, me);
                default -> throw new IllegalArgumentException("action: unknown '" + action + "'");
            }
            redirect.addFlashAttribute("done", action);
        } catch (IllegalArgumentException | WorkOrderRefused e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/work-orders/" + id;
    }

    @GetMapping("/work-orders/new")
    @PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN', 'PHONE_MANAGER', 'CUSTOMER_MANAGER')")
    String form(Model model) {
        model.addAttribute("channels", WorkOrderStates.CHANNELS);
        model.addAttribute("priorities", WorkOrderStates.PRIORITIES);
        return "workorder/new";
    }

    /**
     * Managers open orders for their own customers (another number is refused like an unknown one, R14.2);
     * they are taken to their own new order only when they may work it.
     */
    @PostMapping("/work-orders")
    @PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN', 'PHONE_MANAGER', 'CUSTOMER_MANAGER')")
    String create(@RequestParam String msisdn, @RequestParam String channel, @RequestParam String category,
                  @RequestParam String description, @RequestParam(required = false) String priority, Model model,
                  RedirectAttributes redirect) {
        RetainUser me = currentUser.get();
        if (me.scopedToOwnCustomers() && Msisdn.isValid(msisdn.trim())
                && !assignments.managedBy(Msisdn.canonical(msisdn.trim()), me.managerId())) {
            throw new AccessDeniedException("not one of your customers");
        }
        WorkOrderView view;
        try {
            view = orders.open(new NewWorkOrder(null, msisdn, channel, category, description, null, priority, me.username()));
        } catch (IllegalArgumentException e) {
            model.addAttribute("refused", e.getMessage());
            return form(model);
        }
        if (me.role() == Role.PHONE_MANAGER || me.role() == Role.CUSTOMER_MANAGER) {
            redirect.addFlashAttribute("opened", view.id());
            return "redirect:/work-orders/new";
        }
        return "redirect:/work-orders/" + view.id();
    }

    @GetMapping("/work-orders/board")
    @PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN', 'ANALYST')")
    String board(Model model) {
        Instant now = clock.instant();
        model.addAttribute("loads", lists.byQueue(now));
        model.addAttribute("queueNames", queueNames());
        model.addAttribute("rows", lists.dueOrOverdue(now, SHOWN));
        model.addAttribute("now", now);
        return "workorder/board";
    }

    /** Queue codes to their queues, so pages show the name in the user's language, never the code. */
    private java.util.Map<String, RoutingRules.Queue> queueNames() {
        java.util.Map<String, RoutingRules.Queue> names = new java.util.HashMap<>();
        routing.queues().forEach(q -> names.put(q.code(), q));
        return names;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
