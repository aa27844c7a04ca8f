package dev.retain.app.cycle.web;

import dev.retain.app.cycle.CycleService;
import dev.retain.app.security.CurrentUser;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /cycles: the runs of the monthly cycle, a form to start one, and a live progress bar. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN','ANALYST')")
class CycleController {

    private static final int RECENT = 30;

    private final CycleService cycles;
    private final CurrentUser currentUser;
    private final Clock clock;

    CycleController(CycleService cycles, CurrentUser currentUser, Clock clock) {
        this.cycles = cycles;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/cycles")
    String list(Model model) {
        // newest first by when queued, which is the order they start in
        model.addAttribute("runs", cycles.recent(RECENT).stream().map(RunView::of).toList());
        // times in the province's zone, not the server's
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("defaultMonth", cycles.latestUsageMonth().map(YearMonth::toString).orElse(""));
        model.addAttribute("mayStart", currentUser.get().canWrite());
        return "cycle/cycles";
    }

    /** The polled fragment: a running run's bar, replaced by its outcome once finished (polling then stops). */
    @GetMapping("/cycles/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("r", RunView.of(cycles.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "cycle run " + id))));
        return "cycle/progress :: progress";
    }

    @PostMapping("/cycles")
    @PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
    String start(@RequestParam String month, RedirectAttributes redirect) {
        YearMonth m;
        try {
            m = YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("badMonth", month);
            return "redirect:/cycles";
        }
        redirect.addFlashAttribute("queued", cycles.request(m, currentUser.get().username()).id());
        return "redirect:/cycles";
    }
}
