package dev.retain.app.inspection.web;

import dev.retain.app.core.documents.SheetText;
import dev.retain.app.inspection.Finding;
import dev.retain.app.inspection.InspectionRounds;
import dev.retain.app.inspection.SampledCustomer;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.CurrentUser;
import dev.retain.engine.csv.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A round's sample and findings as CSV: numbers masked like the page, every text cell through {@link SheetText} (an
 * inspector's note starting with {@code =} must not become a formula in the reader's spreadsheet), and each download
 * an {@code export} in the audit log.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'ANALYST')")
class InspectionCsv {

    private final InspectionRounds rounds;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    InspectionCsv(InspectionRounds rounds, CurrentUser currentUser, AuditLog auditLog) {
        this.rounds = rounds;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @GetMapping("/inspections/{id}/findings.csv")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        List<SampledCustomer> sample = rounds.sample(id);
        String name = "inspection-" + id + ".csv";
        // audited before the first row is written: an export is never without its trail
        auditLog.exported(currentUser.get(), name, sample.size());
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF'); // the byte order mark makes spreadsheet programs read the Chinese as UTF-8
        out.print("customer_key,msisdn,tier,zone,manager_id,manager,method,found_on,profile_correct,profile_issue,knows_manager,"
                + "service_received,notes,recorded_by\r\n");
        for (SampledCustomer c : sample) {
            Finding f = c.finding();
            out.print(String.join(",", c.customerKey().toString(), cell(c.maskedMsisdn()), cell(c.tier()), cell(c.zone()), cell(c.managerId()),
                    cell(c.managerName()), f == null ? "" : f.method(), f == null ? "" : f.foundOn().toString(), yesNo(f, f == null || f.profileCorrect()),
                    f == null ? "" : cell(f.profileIssue()), yesNo(f, f == null || f.knowsManager()), yesNo(f, f == null || f.serviceReceived()),
                    f == null ? "" : cell(f.notes()), f == null ? "" : cell(f.recordedBy())) + "\r\n");
        }
        out.flush();
    }

    private static String cell(String text) {
        return CsvWriter.escape(SheetText.safe(text));
    }

    private static String yesNo(Finding f, boolean yes) {
        return f == null ? "" : yes ? "yes" : "no";
    }
}
