package dev.retain.app.admin.web;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.admin.RuleOutcomes;
import dev.retain.app.security.CurrentUser;
import dev.retain.engine.grade.ValueGrade;
import dev.retain.engine.rules.FactNames;
import dev.retain.engine.rules.RuleSetException;
import java.time.Clock;
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
 * page shows the error at the rule it names and keeps what was typed. The dry run is
 * {@link RuleDryRunController}.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RulesController {

    /** The work months the outcome beside each rule covers. */
    static final int OUTCOME_MONTHS = 3;

    private final RetentionSettings settings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<RuleOutcomes> outcomes;

    RulesController(RetentionSettings settings, CurrentUser currentUser, Clock clock, ObjectProvider<RuleOutcomes> outcomes) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.outcomes = outcomes;
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

    private String show(Model model, String yaml, RuleCheck check) {
        model.addAttribute("yaml", yaml);
        model.addAttribute("check", check);
        model.addAttribute("history", settings.ruleHistory());
        // the names a condition may use, with their CEL types: the editor's reference (value grading's among them)
        model.addAttribute("valueGrades", java.util.Arrays.stream(ValueGrade.values()).map(ValueGrade::code).toList());
        model.addAttribute("factNames", FactNames.TYPES.entrySet().stream().map(e -> e.getKey() + " : " + e.getValue().name()).toList());
        model.addAttribute("zone", clock.getZone()); // saved-at times in the business time zone
        // the closed loop beside each rule (R4.5): what became of the customers its tasks were about
        RuleOutcomes closedLoop = outcomes.getIfAvailable();
        model.addAttribute("outcomes", closedLoop == null ? null : closedLoop.byRule(OUTCOME_MONTHS));
        model.addAttribute("outcomeMonths", OUTCOME_MONTHS);
        return "admin/rules";
    }
}
