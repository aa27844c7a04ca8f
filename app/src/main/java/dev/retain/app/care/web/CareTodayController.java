package dev.retain.app.care.web;

import dev.retain.app.care.internal.CareCustomersReadModel;
import dev.retain.app.care.internal.CareJobs;
import dev.retain.app.care.internal.CareRunStore;
import dev.retain.app.care.internal.CareTodayReadModel;
import dev.retain.app.care.internal.CareTodayReadModel.TodayMoment;
import dev.retain.app.core.jobs.Jobs;
import dev.retain.app.notify.CustomerMessage;
import dev.retain.app.notify.CustomerMessages;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.RetainUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Today's moments per manager (issue 11 point 8): what the care run prepared for a manager's
 * customers today and ahead in the lead window, with what was done — the message's state, the
 * task. Managers see their own; supervisors and admins pick a manager, see the recent runs and
 * may run a day now.
 */
@Controller
@PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR', 'ADMIN')")
class CareTodayController {

    /** One row as the page shows it: the number masked, the message's state when there is one. */
    public record Row(TodayMoment moment, String maskedNumber, CustomerMessage message) {
    }

    private final CareTodayReadModel today;
    private final CareCustomersReadModel customers;
    private final CareRunStore runs;
    private final CustomerMessages messages;
    private final CurrentUser currentUser;
    private final Jobs jobs;
    private final Clock clock;

    CareTodayController(CareTodayReadModel today, CareCustomersReadModel customers, CareRunStore runs, CustomerMessages messages,
                        CurrentUser currentUser, Jobs jobs, Clock clock) {
        this.today = today;
        this.customers = customers;
        this.runs = runs;
        this.messages = messages;
        this.currentUser = currentUser;
        this.jobs = jobs;
        this.clock = clock;
    }

    @GetMapping("/care/today")
    String today(@RequestParam(required = false) String manager, Model model) {
        RetainUser me = currentUser.get();
        LocalDate day = LocalDate.now(clock);
        boolean picks = !me.role().isManager();
        String managerId = picks ? blankToNull(manager) : me.managerId();
        List<Row> rows = new ArrayList<>();
        if (managerId != null) {
            Map<String, List<CustomerMessage>> byCustomer = new HashMap<>();
            for (TodayMoment m : today.of(managerId, day)) {
                CustomerMessage message = null;
                if (m.messageId() != null) {
                    message = byCustomer.computeIfAbsent(m.msisdn(), n -> messages.newest(n, 50)).stream()
                            .filter(x -> x.id() == m.messageId()).findFirst().orElse(null);
                }
                rows.add(new Row(m, PersonalData.maskMsisdn(m.number()), message));
            }
        }
        model.addAttribute("day", day);
        model.addAttribute("rows", rows);
        model.addAttribute("limit", CareTodayReadModel.LIMIT);
        model.addAttribute("picks", picks);
        model.addAttribute("managerId", managerId);
        if (picks) {
            model.addAttribute("managers", customers.managers());
            model.addAttribute("runs", runs.recent(14));
        }
        return "care/today";
    }

    /** "Run day D now": queued on the scheduler; a day already queued is not queued twice. */
    @PostMapping("/care/runs")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String runNow(@RequestParam(defaultValue = "") String day, RedirectAttributes redirect) {
        LocalDate date;
        try {
            date = day.isBlank() ? LocalDate.now(clock) : LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("refused", "care.run.badDay");
            return "redirect:/care/today";
        }
        if (date.isAfter(LocalDate.now(clock))) {
            redirect.addFlashAttribute("refused", "care.run.future");
            return "redirect:/care/today";
        }
        // a past day would prepare greetings for dates already gone ("happy birthday", a week late)
        if (date.isBefore(LocalDate.now(clock))) {
            redirect.addFlashAttribute("refused", "care.run.past");
            return "redirect:/care/today";
        }
        boolean queued = CareJobs.queue(jobs, date, currentUser.get().username());
        redirect.addFlashAttribute("saved", queued ? "care.run.queued" : "care.run.alreadyQueued");
        redirect.addFlashAttribute("savedDay", date);
        return "redirect:/care/today";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
