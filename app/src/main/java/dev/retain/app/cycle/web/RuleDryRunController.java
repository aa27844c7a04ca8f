package dev.retain.app.cycle.web;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.cycle.RuleDryRun;
import dev.retain.engine.rules.RuleSetException;
import dev.retain.engine.rules.RuleSetLoader;
import java.io.StringReader;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The rules dry run as an htmx fragment, so the admin's rules page can show "this edit
 * would match N customers per rule" by posting its textarea here ({@code hx-post}),
 * without the admin module depending on the cycle module (which reads admin's settings).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RuleDryRunController {

    private static final Logger log = LoggerFactory.getLogger(RuleDryRunController.class);

    private final RuleDryRun dryRun;
    private final RetentionSettings settings;

    RuleDryRunController(RuleDryRun dryRun, RetentionSettings settings) {
        this.dryRun = dryRun;
        this.settings = settings;
    }

    /** {@code yaml}: the edited rules; {@code month}: YYYY-MM, default the newest month a cycle ran for. */
    @PostMapping("/admin/rules/dry-run")
    String dryRun(@RequestParam String yaml, @RequestParam(required = false) String month, Model model) {
        try {
            // check the text before anything else: a typo answers at once, naming the rule
            new RuleSetLoader().load("rules", new StringReader(yaml));
        } catch (RuleSetException e) {
            model.addAttribute("ruleError", e.getMessage());
            return "cycle/dry-run :: result";
        }
        Optional<YearMonth> m;
        try {
            m = month == null || month.isBlank() ? dryRun.latestCycleMonth() : Optional.of(YearMonth.parse(month.trim()));
        } catch (DateTimeParseException e) {
            model.addAttribute("badMonth", month);
            return "cycle/dry-run :: result";
        }
        if (m.isEmpty()) {
            model.addAttribute("noMonth", true);
            return "cycle/dry-run :: result";
        }
        model.addAttribute("month", m.get());
        try {
            model.addAttribute("counts", dryRun.countMatches(m.get(), yaml, settings.thresholds()));
        } catch (RuleSetException e) {
            model.addAttribute("ruleError", e.getMessage());
        } catch (RuntimeException e) {
            // a month without usage and the like: said in the fragment, not as an error page
            log.warn("rules dry run for {} failed", m.get(), e);
            model.addAttribute("runError", e.getMessage());
        }
        return "cycle/dry-run :: result";
    }
}
