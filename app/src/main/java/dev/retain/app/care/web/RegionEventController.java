package dev.retain.app.care.web;

import dev.retain.app.care.internal.CareCustomersReadModel;
import dev.retain.app.care.internal.CareJobs;
import dev.retain.app.care.internal.RegionEventStore;
import dev.retain.app.core.jobs.Jobs;
import dev.retain.app.admin.RetentionSettings;
import dev.retain.engine.care.MomentKind;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Region-wide event care (R6.5): a supervisor names a region, the days and the event (a typhoon);
 * the care run includes it on its day (the engine's RegionEvent) and every customer of the
 * region gets the playbook's region-event care once. The list shows what each event produced.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class RegionEventController {

    static final String AUDIT_ACTION = "care_region_event";
    private static final int MAX_DAYS = 31;

    private final RegionEventStore events;
    private final CareCustomersReadModel customers;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Jobs jobs;
    private final RetentionSettings settings;
    private final Clock clock;

    RegionEventController(RegionEventStore events, CareCustomersReadModel customers, CurrentUser currentUser, AuditLog audit, Jobs jobs,
                          RetentionSettings settings, Clock clock) {
        this.jobs = jobs;
        this.settings = settings;
        this.events = events;
        this.customers = customers;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/care/events")
    String list(Model model) {
        model.addAttribute("events", events.recent(100));
        model.addAttribute("regions", customers.regions());
        model.addAttribute("today", LocalDate.now(clock));
        return "care/events";
    }

    @PostMapping("/care/events")
    @Transactional
    public String create(@RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String startsOn,
                         @RequestParam(defaultValue = "") String endsOn, @RequestParam(defaultValue = "") String name,
                         RedirectAttributes redirect) {
        RetainUser me = currentUser.get();
        LocalDate today = LocalDate.now(clock);
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(startsOn.strip());
            end = endsOn.isBlank() ? start : LocalDate.parse(endsOn.strip());
        } catch (DateTimeParseException e) {
            return refused(redirect, "care.events.badDate");
        }
        String event = name.strip();
        if (!customers.regions().contains(region)) return refused(redirect, "care.events.badRegion");
        if (event.isEmpty() || event.length() > 60) return refused(redirect, "care.events.badName");
        if (end.isBefore(start) || end.isBefore(today) || start.plusDays(MAX_DAYS).isBefore(end)) return refused(redirect, "care.events.badDays");
        long id = events.create(region, start, end, event, today, me.username());
        audit.record(me, AUDIT_ACTION, region, "event " + id + " " + start + ".." + end + ": " + event);
        // an event prepared today or earlier misses today's run if it already ran: run today again (it creates nothing twice)
        if (!start.minusDays(settings.careSettings().lead(MomentKind.REGION_EVENT)).isAfter(today)) CareJobs.queue(jobs, today, me.username());
        redirect.addFlashAttribute("saved", "care.events.created");
        return "redirect:/care/events";
    }

    private static String refused(RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("refused", key);
        return "redirect:/care/events";
    }
}
