package dev.retain.app.complaint.web;

import dev.retain.app.complaint.ComplaintRefusedException;
import dev.retain.app.complaint.internal.intake.AreaCaseStore;
import dev.retain.app.complaint.internal.intake.AreaCases;
import dev.retain.app.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Network alarms and their area-wide cases (/complaints/alarms): the list, and a form that raises an alarm. */
@Controller
@PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN', 'ANALYST')")
class AreaCasesController {

    private final AreaCases areaCases;
    private final CurrentUser currentUser;
    private final Clock clock;

    AreaCasesController(AreaCases areaCases, CurrentUser currentUser, Clock clock) {
        this.areaCases = areaCases;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/complaints/alarms")
    String list(Model model) {
        model.addAttribute("cases", areaCases.recent());
        model.addAttribute("mayAct", currentUser.get().canWrite());
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        model.addAttribute("at", (java.util.function.Function<java.time.Instant, String>) i -> i == null ? "—" : f.format(i));
        return "complaint/alarms";
    }

    @PostMapping("/complaints/alarms")
    @PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN')")
    String raise(@RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String branch,
                 @RequestParam(defaultValue = "") String area, @RequestParam(defaultValue = "") String category,
                 @RequestParam(defaultValue = "") String startsAt, @RequestParam(defaultValue = "") String endsAt,
                 @RequestParam(defaultValue = "") String description, RedirectAttributes redirect) {
        try {
            AreaCases.Opened o = areaCases.open(new AreaCaseStore.NewAreaCase(null, region, branch, area, category,
                    local("startsAt", startsAt), local("endsAt", endsAt), description, currentUser.get().username()));
            redirect.addFlashAttribute("opened", o.areaCase().id());
            redirect.addFlashAttribute("collected", o.collected());
        } catch (ComplaintRefusedException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/complaints/alarms";
    }

    /** A datetime-local field in the business zone. */
    private java.time.Instant local(String field, String value) {
        if (value.isBlank()) return null;
        try {
            return LocalDateTime.parse(value.trim()).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ComplaintRefusedException(field, "not a date and time: '" + value + "'");
        }
    }
}
