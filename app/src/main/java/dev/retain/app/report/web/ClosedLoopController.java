package dev.retain.app.report.web;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.outcome.ClosedLoop;
import dev.retain.app.outcome.ClosedLoopReport;
import dev.retain.app.outcome.OutcomeRate;
import dev.retain.engine.rules.Playbook;
import dev.retain.engine.rules.WarningRule;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The closed loop (SPEC R4.5) for supervisors, analysts and admins: what became of the customers worked in the
 * newest months, per manager, rule, playbook, contact outcome and channel, and a month's tasks one by one (numbers
 * masked; a customer is linked by key). Playbooks are the rules' in force: a task follows its first reason's.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','ANALYST','ADMIN')")
class ClosedLoopController {

    static final int TASK_LIST_LIMIT = 200;

    private final ClosedLoop closedLoop;
    private final RetentionSettings settings;

    ClosedLoopController(ClosedLoop closedLoop, RetentionSettings settings) {
        this.closedLoop = closedLoop;
        this.settings = settings;
    }

    @GetMapping("/reports/closed-loop")
    String page(@RequestParam(defaultValue = "3") int months, Locale locale, Model model) {
        ClosedLoopReport report = closedLoop.report(months);
        Map<String, WarningRule> rules = new LinkedHashMap<>();
        for (WarningRule r : settings.rules().rules()) rules.put(r.id(), r);
        model.addAttribute("report", report);
        model.addAttribute("months", Math.max(1, Math.min(ClosedLoop.MAX_MONTHS, months)));
        model.addAttribute("monthChoices", List.of(1, 3, 6, 12));
        model.addAttribute("rules", rules);
        model.addAttribute("playbooks", byPlaybook(report.leadingRules(), rules));
        Map<String, String> playbookWords = new LinkedHashMap<>();
        for (Playbook p : settings.rules().playbooks()) {
            String words = "zh".equals(locale.getLanguage()) ? p.descriptionZh() : p.descriptionEn();
            playbookWords.put(p.id(), words == null || words.isBlank() ? p.id() : words);
        }
        model.addAttribute("playbookWords", playbookWords);
        return "report/closed-loop";
    }

    @GetMapping("/reports/closed-loop/tasks")
    String tasks(@RequestParam String month, @RequestParam(defaultValue = "") String manager, Model model) {
        YearMonth m;
        try {
            m = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month must be yyyy-MM");
        }
        model.addAttribute("month", m);
        model.addAttribute("manager", manager);
        model.addAttribute("tasks", closedLoop.tasks(m, manager, TASK_LIST_LIMIT));
        model.addAttribute("limit", TASK_LIST_LIMIT);
        return "report/closed-loop-tasks";
    }

    /** The tasks by the playbook of their first rule; a rule no longer in force keeps its id as its playbook's name. */
    static Map<String, OutcomeRate> byPlaybook(Map<String, OutcomeRate> leadingRules, Map<String, WarningRule> rules) {
        Map<String, OutcomeRate> playbooks = new LinkedHashMap<>();
        leadingRules.forEach((rule, rate) -> {
            WarningRule r = rules.get(rule);
            playbooks.merge(r == null ? "?" + rule : r.playbook().id(), rate, OutcomeRate::plus);
        });
        return playbooks;
    }
}
