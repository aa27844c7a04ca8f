package dev.retain.app.admin.web;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.cycle.RuleDryRun;
import dev.retain.app.security.CurrentUser;
import dev.retain.engine.rules.RuleSetException;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins edit the CEL warning rules (R4.1). A text the engine refuses is never saved: the
 * page shows the error at the rule it names and keeps what was typed. A dry run counts the
 * customers each rule would match in the newest cycle month, before anything is saved.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RulesController {

    private final RetentionSettings settings;
    private final CurrentUser currentUser;
    private final ObjectProvider<RuleDryRun> dryRun;

    RulesController(RetentionSettings settings, CurrentUser currentUser, ObjectProvider<RuleDryRun> dryRun) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.dryRun = dryRun;
    }

    @GetMapping("/admin/rules")
    String page(Model model) {
        String yaml = settings.rulesYaml();
        return show(model, yaml, RuleCheck.of(yaml));
    }

    @PostMapping("/admin/rules")
    String save(@RequestParam(defaultValue = "") String yaml, Model model, RedirectAttributes redirect) {
        try {
            settings.saveRules(yaml, currentUser.get());
        } catch (RuleSetException refused) {
            return show(model, yaml, RuleCheck.failed(RuleRow.of(yaml), refused));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/rules";
    }

    /** htmx: the counts per rule for the text in the editor, or the error at the rule. */
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

    private String show(Model model, String yaml, RuleCheck check) {
        model.addAttribute("yaml", yaml);
        model.addAttribute("check", check);
        model.addAttribute("history", settings.ruleHistory());
        return "admin/rules";
    }
}
