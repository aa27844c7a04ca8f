package dev.retain.app.report.dashboard;

import dev.retain.app.metrics.Breakdown;
import dev.retain.app.metrics.DrillDown;
import dev.retain.app.metrics.Metric;
import dev.retain.app.metrics.MetricCustomer;
import dev.retain.app.metrics.MetricValue;
import dev.retain.app.metrics.Metrics;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.RetainUser;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The management dashboards (R12.1) and the customers behind each figure. Supervisors, analysts and admins see the
 * province by any breakdown; a phone or customer manager sees their own figures and their own customers only (any other
 * key is refused); complaint handlers and merchant staff are refused. Numbers and names are always masked here; a
 * customer links to their 360 view by key, where the reveal rules apply.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN','ANALYST','PHONE_MANAGER','CUSTOMER_MANAGER')")
class DashboardsController {

    static final int PAGE_SIZE = 50;

    private final ManagementDashboards dashboards;
    private final Metrics metrics;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    DashboardsController(ManagementDashboards dashboards, Metrics metrics, CurrentUser currentUser, MessageSource messages) {
        this.dashboards = dashboards;
        this.metrics = metrics;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/reports/dashboards")
    String page(@RequestParam(required = false) String month, @RequestParam(required = false) String breakdown,
                @RequestParam(required = false) String branch, Model model) {
        RetainUser me = currentUser.get();
        String own = ownManager(me);
        Breakdown b = own != null ? Breakdown.MANAGER : parse(breakdown, Breakdown::of, "breakdown", Breakdown.BRANCH);
        String branchKey = own != null || branch == null || branch.isBlank() ? null : branch.trim();
        List<YearMonth> months = dashboards.months();
        Optional<YearMonth> chosen = month == null || month.isBlank() ? months.stream().findFirst() : Optional.of(month(month));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("months", months);
        model.addAttribute("breakdowns", own != null ? List.of(Breakdown.MANAGER) : List.of(Breakdown.values()));
        model.addAttribute("ownOnly", own != null);
        model.addAttribute("sections", DashboardView.SECTIONS);
        model.addAttribute("baseline", SeedBaseline.VALUES);
        if (chosen.isEmpty()) {
            model.addAttribute("view", null);
            return "report/dashboards";
        }
        DashboardView view = dashboards.of(chosen.get(), b, branchKey, own, locale);
        model.addAttribute("view", view);
        model.addAttribute("branches", own != null ? Map.of() : dashboards.branches(chosen.get(), locale));
        model.addAttribute("chart", chart(view, locale));
        return "report/dashboards";
    }

    @GetMapping("/reports/dashboards/customers")
    String customers(@RequestParam String month, @RequestParam String metric, @RequestParam(required = false) String breakdown,
                     @RequestParam(required = false) String key, @RequestParam(required = false) String part,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        RetainUser me = currentUser.get();
        String own = ownManager(me);
        YearMonth m = month(month);
        Metric mt = parse(metric, Metric::of, "metric", null);
        Breakdown b = parse(breakdown, Breakdown::of, "breakdown", Breakdown.ALL);
        DrillDown d = parse(part, DrillDown::of, "part", mt.splits() ? DrillDown.COUNTED : DrillDown.BASE);
        String k = b == Breakdown.ALL || key == null ? "" : key;
        if (own != null && (b != Breakdown.MANAGER || !own.equals(k))) {
            throw new AccessDeniedException("a manager sees only their own customers");
        }
        if (page < 0 || page > 100_000) throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 to 100000");
        List<MetricCustomer> rows = metrics.customers(m, mt, d, b, k, own, page * PAGE_SIZE, PAGE_SIZE + 1);
        List<Map<String, String>> shown = new ArrayList<>();
        for (MetricCustomer c : rows.subList(0, Math.min(rows.size(), PAGE_SIZE))) {
            Map<String, String> r = new LinkedHashMap<>();
            r.put("customerKey", c.customerKey());
            r.put("msisdn", PersonalData.maskMsisdn(c.msisdnReceived()));
            r.put("name", PersonalData.maskName(c.name()));
            r.put("tier", c.tier());
            r.put("region", c.region());
            r.put("manager", c.managerId());
            r.put("zone", c.zone());
            r.put("zoneBefore", c.zoneBefore());
            shown.add(r);
        }
        MetricValue figure = metrics.of(m, b).stream().filter(v -> v.key().equals(k) && v.metric() == mt).findFirst().orElse(null);
        model.addAttribute("month", m);
        model.addAttribute("metric", mt);
        model.addAttribute("breakdown", b);
        model.addAttribute("key", k);
        model.addAttribute("part", d);
        model.addAttribute("parts", mt.splits() ? List.of(DrillDown.values()) : List.of(DrillDown.BASE));
        model.addAttribute("figure", figure);
        model.addAttribute("customers", shown);
        model.addAttribute("page", page);
        model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "report/dashboard-customers";
    }

    /** A manager's own id; null for the roles that see the province. A manager login without a manager id sees nothing. */
    private static String ownManager(RetainUser me) {
        if (!me.role().isManager()) return null;
        if (me.managerId() == null) throw new AccessDeniedException("a manager login without a manager id");
        return me.managerId();
    }

    /**
     * The chart's data for static/js/dashboards.js (no inline script): per row of the breakdown, the seed's three
     * service figures, and the seed's baseline as reference lines.
     */
    private String chart(DashboardView view, Locale locale) {
        List<Metric> shown = List.of(Metric.SATISFACTION, Metric.FREQUENCY, Metric.AWARENESS);
        Map<String, Object> chart = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        for (DashboardView.Row r : view.rows()) {
            labels.add(r.label() == null ? messages.getMessage("breakdown.none", null, locale) : r.label());
        }
        chart.put("labels", labels);
        List<Map<String, Object>> series = new ArrayList<>();
        for (Metric m : shown) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", messages.getMessage("metric." + m.code(), null, locale));
            s.put("baseline", SeedBaseline.VALUES.get(m));
            s.put("baselineName", messages.getMessage("report.dash.baseline", new Object[] {SeedBaseline.VALUES.get(m)}, locale));
            List<Object> values = new ArrayList<>();
            for (DashboardView.Row r : view.rows()) {
                MetricValue v = r.get(m);
                values.add(v == null ? null : v.value());
            }
            s.put("values", values);
            series.add(s);
        }
        chart.put("series", series);
        return JsonMapper.shared().writeValueAsString(chart);
    }

    private static YearMonth month(String month) {
        try {
            return YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month must be YYYY-MM");
        }
    }

    private static <T> T parse(String code, java.util.function.Function<String, Optional<T>> of, String field, T otherwise) {
        if (code == null || code.isBlank()) {
            if (otherwise == null) throw new ResponseStatusException(HttpStatus.BAD_REQUEST, field + " is required");
            return otherwise;
        }
        return of.apply(code.trim()).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, field + " '" + code + "' is unknown"));
    }
}
