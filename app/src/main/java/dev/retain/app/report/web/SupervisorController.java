package dev.retain.app.report.web;

import dev.retain.app.report.Dashboard;
import dev.retain.app.report.SupervisorDashboard;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** The supervisor dashboard; analysts read it too. */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN','ANALYST')")
class SupervisorController {

    private final SupervisorDashboard dashboards;
    private final MessageSource messages;

    SupervisorController(SupervisorDashboard dashboards, MessageSource messages) {
        this.dashboards = dashboards;
        this.messages = messages;
    }

    @GetMapping("/supervisor")
    String dashboard(@RequestParam(required = false) String month, Model model) {
        Optional<YearMonth> chosen = month == null || month.isBlank() ? dashboards.newestMonth() : Optional.of(parse(month));
        model.addAttribute("months", dashboards.months());
        if (chosen.isEmpty()) {
            model.addAttribute("dashboard", null);
            return "report/supervisor";
        }
        Dashboard d = dashboards.of(chosen.get());
        model.addAttribute("dashboard", d);
        model.addAttribute("zoneChart", zoneChart(d));
        model.addAttribute("cmCapacity", d.capacity().customerManagerDefault());
        model.addAttribute("pmCapacity", d.capacity().phoneManagerDefault());
        return "report/supervisor";
    }

    /**
     * The zone chart's data as JSON for the page's {@code data-chart} attribute (static/js/retain.js
     * draws it; no inline script): the programme's five zones, and apart from them the
     * subscribers not in the programme, usually many times more, which on one scale would flatten
     * the five. Names in the page's language.
     */
    private String zoneChart(Dashboard d) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> programme = new ArrayList<>();
        Map<String, Object> outside = null;
        for (Map.Entry<String, Long> e : d.zoneCounts().entrySet()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("zone", e.getKey());
            point.put("name", messages.getMessage("zone." + e.getKey(), null, e.getKey(), locale));
            point.put("value", e.getValue());
            if (OUTSIDE_PROGRAMME.equals(e.getKey())) outside = point;
            else programme.add(point);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("programme", programme);
        chart.put("programmeTitle", messages.getMessage("report.chart.programme", null, locale));
        chart.put("outside", outside);
        chart.put("outsideTitle", messages.getMessage("report.chart.outside", null, locale));
        return JsonMapper.shared().writeValueAsString(chart);
    }

    /** The zone of subscribers outside the programme (neither VIP nor high-value). */
    static final String OUTSIDE_PROGRAMME = "none";

    private static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            // core.web.NotFoundException is not exposed to other modules (Modulith): a plain 400 instead
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month must be YYYY-MM");
        }
    }
}
