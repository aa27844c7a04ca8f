package dev.retain.app.complaint.web;

import dev.retain.app.complaint.internal.evaluate.EvaluationReadModel;
import dev.retain.app.complaint.internal.evaluate.EvaluationReadModel.Branch;
import dev.retain.engine.complaint.evaluate.Comparison;
import dev.retain.engine.complaint.evaluate.ComplaintEvaluation;
import dev.retain.engine.complaint.evaluate.HandledComplaint;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The evaluate step (004 step 5, SPEC R9.5): handling satisfaction of all, VIP and repeat
 * complainants, on-time and repeat rates, before and after a chosen date (seed 003's table), and by
 * branch and month; filtered by branch and a range of months of receipt. Read-only.
 */
@Controller
@PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN', 'ANALYST')")
class EvaluationController {

    /** The range shown when none is chosen: this month and the eleven before it. */
    private static final int DEFAULT_MONTHS = 12;
    private static final int MAX_MONTHS = 36;

    private final EvaluationReadModel complaints;
    private final Clock clock;
    private final ComplaintEvaluation evaluation = ComplaintEvaluation.standard();

    EvaluationController(EvaluationReadModel complaints, Clock clock) {
        this.complaints = complaints;
        this.clock = clock;
    }

    @GetMapping("/complaints/evaluation")
    String page(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                @RequestParam(defaultValue = "") String branch, @RequestParam(defaultValue = "") String pivot, Model model) {
        YearMonth thisMonth = YearMonth.now(clock);
        YearMonth last = parseMonth(to, thisMonth, model);
        YearMonth first = parseMonth(from, last.minusMonths(DEFAULT_MONTHS - 1), model);
        if (first.isAfter(last) || first.plusMonths(MAX_MONTHS).isBefore(last)) {
            model.addAttribute("refused", "complaint.evaluation.badRange");
            first = last.minusMonths(DEFAULT_MONTHS - 1);
        }
        // the comparison's date by default: the last three months of the range against the months before them
        LocalDate split = (first.isAfter(last.minusMonths(2)) ? first : last.minusMonths(2)).atDay(1);
        if (!pivot.isBlank()) {
            try {
                split = LocalDate.parse(pivot.strip());
            } catch (DateTimeParseException e) {
                model.addAttribute("refused", "complaint.evaluation.badPivot");
            }
        }
        List<Branch> branches = complaints.branches();
        String chosen = branches.stream().anyMatch(b -> b.branch().equals(branch)) ? branch : null;
        List<HandledComplaint> received = complaints.received(first.atDay(1), last.plusMonths(1).atDay(1), chosen);

        Map<String, String> regionOf = new LinkedHashMap<>();
        branches.forEach(b -> regionOf.putIfAbsent(b.branch(), b.region()));
        model.addAttribute("branches", branches);
        model.addAttribute("regionOf", regionOf);
        model.addAttribute("branch", chosen == null ? "" : chosen);
        model.addAttribute("from", first.toString());
        model.addAttribute("to", last.toString());
        model.addAttribute("pivot", split);
        model.addAttribute("total", evaluation.figures(received));
        Comparison comparison = evaluation.compare(received, split);
        model.addAttribute("comparison", comparison);
        model.addAttribute("lines", EvaluationLine.of(comparison));
        model.addAttribute("rows", evaluation.byBranchAndMonth(received));
        return "complaint/evaluation";
    }

    private static YearMonth parseMonth(String value, YearMonth fallback, Model model) {
        if (value.isBlank()) return fallback;
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            model.addAttribute("refused", "complaint.evaluation.badMonth");
            return fallback;
        }
    }
}
