package dev.retain.app.report.web;

import dev.retain.app.report.ContactFrequency;
import dev.retain.app.report.ContactFrequencyReport;
import dev.retain.app.report.ContactFrequencyReport.ManagerRow;
import dev.retain.app.report.ContactPeriod;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.CurrentUser;
import dev.retain.engine.csv.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Contact frequency per manager against the tier targets (issue 11 point 8), for supervisors and
 * admins: the table for a period, each manager's customers over the target, and the table as CSV
 * (audited as an export). The definition of a contact is on the page (docs/contact-frequency.md).
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','ADMIN')")
class ContactFrequencyController {

    private final ContactFrequency frequency;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;

    ContactFrequencyController(ContactFrequency frequency, AuditLog auditLog, CurrentUser currentUser) {
        this.frequency = frequency;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    @GetMapping("/reports/contact-frequency")
    String page(@RequestParam(defaultValue = "month") String period, Model model) {
        ContactFrequencyReport report = frequency.of(period(period));
        model.addAttribute("report", report);
        model.addAttribute("periods", ContactPeriod.values());
        model.addAttribute("tiers", ContactFrequencyReport.TIERS);
        return "report/contact-frequency";
    }

    @GetMapping("/reports/contact-frequency/managers/{managerId}")
    String overTarget(@PathVariable String managerId, @RequestParam(defaultValue = "month") String period, Model model) {
        ContactFrequencyReport report = frequency.of(period(period));
        ManagerRow row = report.managers().stream().filter(m -> managerId.equals(m.managerId())).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such manager with customers"));
        model.addAttribute("report", report);
        model.addAttribute("manager", row);
        model.addAttribute("customers", frequency.overTarget(managerId));
        model.addAttribute("limit", ContactFrequency.OVERDUE_LIST_LIMIT);
        return "report/contact-frequency-manager";
    }

    /** The table as CSV (codes, not words: for a spreadsheet), one row per manager and the total; no personal data in it. */
    @GetMapping("/reports/contact-frequency.csv")
    void csv(@RequestParam(defaultValue = "month") String period, HttpServletResponse response) throws IOException {
        ContactFrequencyReport report = frequency.of(period(period));
        response.setContentType("text/csv;charset=UTF-8");
        // the file's name is its audit subject: the period and its days, no words for the audit page to show untranslated
        String fileName = "contact-frequency-" + report.period().code() + "-" + report.firstDay() + "-" + report.today() + ".csv";
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // audited before the first row leaves: an export is never without its trail
        auditLog.exported(currentUser.get(), fileName, report.managers().size());
        PrintWriter out = response.getWriter();
        out.print('\uFEFF'); // spreadsheet programs read the Chinese names as UTF-8 with it
        List<String> header = new ArrayList<>(List.of("manager_id", "name", "role", "region", "period_start", "period_end"));
        for (String t : ContactFrequencyReport.TIERS) header.add(t);
        header.addAll(List.of("customers", "with_target", "within_target", "over_target", "contacted_in_period", "contacted_share_percent"));
        out.print(String.join(",", header) + "\r\n");
        List<ManagerRow> rows = new ArrayList<>(report.managers());
        rows.add(report.total());
        for (ManagerRow r : rows) {
            List<String> cells = new ArrayList<>(List.of(CsvWriter.escape(r.managerId() == null ? "total" : r.managerId()),
                    CsvWriter.escape(r.name() == null ? "" : r.name()), CsvWriter.escape(r.role() == null ? "" : r.role()),
                    CsvWriter.escape(r.region() == null ? "" : r.region()), report.firstDay().toString(), report.today().toString()));
            for (String t : ContactFrequencyReport.TIERS) cells.add(Long.toString(r.tier(t)));
            cells.addAll(List.of(Long.toString(r.customers()), Long.toString(r.withTarget()), Long.toString(r.withinTarget()),
                    Long.toString(r.overTarget()), Long.toString(r.contactedInPeriod()), String.format(Locale.ROOT, "%.2f", r.contactedShare())));
            out.print(String.join(",", cells) + "\r\n");
        }
        out.flush();
    }

    private static ContactPeriod period(String code) {
        return ContactPeriod.of(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "period is month, 30d or 90d"));
    }
}
