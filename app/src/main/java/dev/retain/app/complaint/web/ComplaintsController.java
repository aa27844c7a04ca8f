package dev.retain.app.complaint.web;

import dev.retain.app.complaint.ComplaintView;
import dev.retain.app.complaint.Complaints;
import dev.retain.app.complaint.internal.filter.ComplaintFiltering;
import dev.retain.app.complaint.internal.handle.ComplaintHandling;
import dev.retain.app.complaint.internal.handle.ComplaintList;
import dev.retain.app.complaint.internal.handle.WorkOrderFollower;
import dev.retain.app.complaint.internal.intake.AreaCases;
import dev.retain.app.complaint.internal.intake.ComplaintCustomerReadModel;
import dev.retain.app.complaint.internal.intake.ComplaintStore;
import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.PersonalData;
import dev.retain.engine.complaint.CustomerType;
import dev.retain.engine.complaint.Placement;
import dev.retain.engine.complaint.Scenario;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The handler's complaints: the landing list by state (intake to filter, filtered, in handling, awaiting
 * callback, closed) with filters, and one complaint's page (masked customer, the filter's contributions,
 * 003's guidance, the actions its state allows, its work order). Analysts read; handlers, supervisors
 * and admins act.
 */
@Controller
@PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN', 'ANALYST')")
class ComplaintsController {

    private final Complaints complaints;
    private final ComplaintList list;
    private final ComplaintHandling handling;
    private final ComplaintStore store;
    private final ComplaintCustomerReadModel customers;
    private final AreaCases areaCases;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    ComplaintsController(org.springframework.context.MessageSource messages, Complaints complaints, ComplaintList list, ComplaintHandling handling, ComplaintStore store,
                         ComplaintCustomerReadModel customers, AreaCases areaCases, CurrentUser currentUser, Clock clock) {
        this.complaints = complaints;
        this.list = list;
        this.handling = handling;
        this.store = store;
        this.customers = customers;
        this.areaCases = areaCases;
        this.currentUser = currentUser;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/complaints")
    String list(@RequestParam(required = false) String state, @RequestParam(required = false) String priority,
                @RequestParam(required = false) String category, Model model) {
        String s = state == null ? "intake" : ComplaintList.STATES.contains(state) ? state : null; // "all" or unknown: every state
        String p = priority != null && List.of("must_solve", "regular", "defer").contains(priority) ? priority : null;
        String c = category == null || category.isBlank() ? null : category.trim();
        model.addAttribute("counts", list.countsByState());
        model.addAttribute("state", s == null ? "all" : s);
        model.addAttribute("priority", p);
        model.addAttribute("category", c);
        model.addAttribute("categories", list.categories());
        model.addAttribute("rows", list.list(s, p, c).stream().map(v -> new Row(v, PersonalData.maskMsisdn(v.msisdn()))).toList());
        model.addAttribute("at", at());
        return "complaint/list";
    }

    record Row(ComplaintView c, String maskedMsisdn) {
    }

    @GetMapping("/complaints/{id}")
    String detail(@PathVariable long id, Model model, java.util.Locale locale) {
        ComplaintView c = complaints.find(id).orElseThrow(() -> new NotFoundException("complaint " + id));
        ComplaintList.FilterRecord f = list.filterOf(id);
        model.addAttribute("c", c);
        model.addAttribute("masked", PersonalData.maskMsisdn(c.msisdn()));
        model.addAttribute("customerKey", customers.customerKeyOf(c.msisdn()).orElse(null));
        model.addAttribute("filter", f);
        model.addAttribute("contributions", ComplaintFiltering.parse(f.contributions()).entrySet().stream()
                .map(e -> new Contribution(e.getKey().code(), e.getValue())).toList());
        model.addAttribute("history", store.historyOf(id).stream().map(h -> line(h, locale)).toList());
        model.addAttribute("areaCase", c.areaCaseId() == null ? null : areaCases.find(c.areaCaseId()).orElse(null));
        model.addAttribute("priorities", Arrays.stream(Placement.values()).map(Placement::code).toList());
        model.addAttribute("scenarios", Arrays.stream(Scenario.values()).map(Scenario::code).toList());
        model.addAttribute("customerTypes", Arrays.stream(CustomerType.values()).map(CustomerType::code).toList());
        model.addAttribute("mayAct", currentUser.get().canWrite());
        model.addAttribute("at", at());
        return "complaint/detail";
    }

    record Contribution(String principle, double points) {
    }

    record HistoryLine(Instant at, String by, String state, String text) {
    }

    /** A history entry in the reader's words: the stored notes are codes and ids (see ComplaintHandling). */
    private HistoryLine line(ComplaintStore.HistoryEntry h, java.util.Locale locale) {
        String note = h.note();
        String text;
        if (h.fromState() == null) {
            text = messages.getMessage("complaint.channel." + note, null, note == null ? "" : note, locale);
        } else if (h.fromState().equals(h.toState())) {
            String[] codes = (note == null ? "|" : note).split("\\|", -1);
            text = word("complaint.scenario.", codes[0], locale) + " / " + word("complaint.customerType.", codes.length > 1 ? codes[1] : "", locale);
        } else if (h.toState().equals("filtered")) {
            text = note == null ? "" : messages.getMessage("complaint.filter.overridden", new Object[] {note}, locale);
        } else {
            text = note == null ? "" : messages.getMessage("complaint.history.workOrder", new Object[] {note}, locale);
        }
        String by = WorkOrderFollower.BY_WORK_ORDER.equals(h.by()) ? messages.getMessage("complaint.history.byWorkOrder", null, locale) : h.by();
        return new HistoryLine(h.at(), by, h.toState(), text);
    }

    private String word(String prefix, String code, java.util.Locale locale) {
        return code == null || code.isEmpty() ? messages.getMessage("complaint.notRecorded", null, locale) : messages.getMessage(prefix + code, null, code, locale);
    }

    @PostMapping("/complaints/{id}/filter")
    @PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN')")
    String confirmFilter(@PathVariable long id, @RequestParam(required = false) String priority,
                         @RequestParam(required = false) String overrideReason, RedirectAttributes redirect) {
        return act(id, redirect, () -> handling.confirmFilter(id, priority, overrideReason, currentUser.get().username()));
    }

    @PostMapping("/complaints/{id}/work-order")
    @PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN')")
    String openWorkOrder(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> handling.openWorkOrder(id, currentUser.get().username()));
    }

    @PostMapping("/complaints/{id}/scenario")
    @PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN')")
    String recordScenario(@PathVariable long id, @RequestParam(required = false) String scenario,
                          @RequestParam(required = false) String customerType, RedirectAttributes redirect) {
        return act(id, redirect, () -> handling.recordScenario(id, scenario, customerType, currentUser.get().username()));
    }

    /**
     * A refused step comes back to the page with its reason; the state is unchanged. Refusals are the
     * complaint's own, an unknown code in a form field, or the work order's (all IllegalArgumentException).
     */
    private String act(long id, RedirectAttributes redirect, Runnable step) {
        try {
            step.run();
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/complaints/" + id;
    }

    private Function<Instant, String> at() {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        return i -> i == null ? "—" : f.format(i);
    }
}
