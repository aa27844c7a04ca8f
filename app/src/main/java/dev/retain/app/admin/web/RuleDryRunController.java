package dev.retain.app.admin.web;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.cycle.RuleDryRun;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The rules editor's dry run (htmx): how many customers of the newest cycle month each rule
 * in the editor would match, before anything is saved. The text is checked first; a refused
 * text shows the error at its rule instead of counts. The counting is the cycle module's.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RuleDryRunController {

    private final RetentionSettings settings;
    private final ObjectProvider<RuleDryRun> dryRun;

    RuleDryRunController(RetentionSettings settings, ObjectProvider<RuleDryRun> dryRun) {
        this.settings = settings;
        this.dryRun = dryRun;
    }

    @PostMapping("/admin/rules/dry-run")
    String dryRun(@RequestParam(defaultValue = "") String yaml, Model model) {
        RuleCheck check = RuleCheck.of(yaml);
        model.addAttribute("check", check);
        RuleDryRun service = dryRun.getIfAvailable();
        model.addAttribute("available", service != null);
        if (check.valid() && service != null) {
            Optional<YearMonth> month = service.latestCycleMonth();
            model.addAttribute("month", month.orElse(null));
            Map<String, Long> counts = month.map(m -> service.countMatches(m, yaml, settings.thresholds())).orElse(Map.of());
            model.addAttribute("counts", counts);
        }
        return "admin/rules-dry-run :: result";
    }
}
