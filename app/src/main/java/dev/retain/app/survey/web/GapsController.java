package dev.retain.app.survey.web;

import dev.retain.app.survey.Dimension;
import dev.retain.app.survey.GapAnalysis;
import dev.retain.app.survey.GapReport;
import dev.retain.app.survey.SurveyRefused;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /surveys/gaps}: the gap analysis of one month ({@code month=YYYY-MM}) or of a date range
 * ({@code from}, {@code to}; default the last 90 days); the chart's numbers travel in data attributes (survey-gaps.js draws them).
 */
@Controller
class GapsController {

    static final int DEFAULT_DAYS = 90;

    private final GapAnalysis gaps;
    private final Clock clock;

    GapsController(GapAnalysis gaps, Clock clock) {
        this.gaps = gaps;
        this.clock = clock;
    }

    @GetMapping("/surveys/gaps")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'ANALYST')")
    String page(@RequestParam(defaultValue = "") String month, @RequestParam(defaultValue = "") String from,
                @RequestParam(defaultValue = "") String to, Model model, HttpServletResponse response) {
        if (month.isBlank() && from.isBlank() && to.isBlank()) {
            // nothing asked: the last 90 days, which hold enough answers to compare tiers and branches
            LocalDate today = LocalDate.now(clock);
            from = today.minusDays(DEFAULT_DAYS - 1).toString();
            to = today.toString();
        }
        model.addAttribute("month", month);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("dimensions", Dimension.ALL);
        GapReport report;
        try {
            report = month.isBlank() ? gaps.of(date(from, "survey.gaps.refused.from"), date(to, "survey.gaps.refused.to")) : gaps.of(month(month));
        } catch (SurveyRefused e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("refused", e.messageKey());
            return "survey/gaps";
        }
        model.addAttribute("report", report);
        model.addAttribute("chartExpectation", join(report, c -> c.expectation()));
        model.addAttribute("chartPerception", join(report, c -> c.perception()));
        model.addAttribute("chartGap", join(report, c -> c.gap()));
        return "survey/gaps";
    }

    private static String join(GapReport report, java.util.function.Function<GapReport.Cell, java.math.BigDecimal> value) {
        List<String> values = Dimension.ALL.stream().map(report::overall)
                .map(c -> value.apply(c) == null ? "" : value.apply(c).toPlainString()).toList();
        return values.stream().collect(Collectors.joining(","));
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new SurveyRefused("survey.gaps.refused.month");
        }
    }

    private static LocalDate date(String text, String refusal) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new SurveyRefused(refusal);
        }
    }
}
