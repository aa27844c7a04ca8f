package dev.retain.app.assessment.web;

import dev.retain.app.assessment.AssessmentPeriod;
import dev.retain.app.assessment.TrainingRecord;
import dev.retain.app.assessment.TrainingRecords;
import dev.retain.app.core.documents.SheetText;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The period's training records as CSV (codes, not words: for a spreadsheet). Every text cell goes through
 * {@link SheetText}: a course or note starting with {@code =} must not become a formula in the reader's spreadsheet.
 * Each download is an {@code export} in the audit log.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'ANALYST')")
class TrainingCsv {

    private final AssessmentPage page;
    private final TrainingRecords trainings;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    TrainingCsv(AssessmentPage page, TrainingRecords trainings, CurrentUser currentUser, AuditLog auditLog) {
        this.page = page;
        this.trainings = trainings;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @GetMapping("/assessment/training.csv")
    void export(@RequestParam(defaultValue = "") String period, HttpServletResponse response) throws IOException {
        AssessmentPeriod p;
        try {
            p = page.period(period);
        } catch (dev.retain.app.assessment.AssessmentRefused e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "period: YYYY-MM or YYYY-Qn");
            return;
        }
        List<TrainingRecord> records = trainings.between(p.firstDay(), p.lastDay(), null);
        String name = "training-" + p.code() + ".csv";
        // audited before the first row is written: an export is never without its trail
        auditLog.exported(currentUser.get(), name, records.size());
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF'); // the byte order mark makes spreadsheet programs read the Chinese as UTF-8
        out.print("id,manager_id,manager,course,taken_on,result,score,hours,note,recorded_by\r\n");
        for (TrainingRecord r : records) {
            out.print(String.join(",", Long.toString(r.id()), cell(r.managerId()), cell(r.managerName()), cell(r.course()), r.takenOn().toString(),
                    r.result(), r.score() == null ? "" : r.score().toPlainString(), r.hours().toPlainString(), cell(r.note()), cell(r.recordedBy())) + "\r\n");
        }
        out.flush();
    }

    private static String cell(String text) {
        return text == null ? "" : CsvWriter.escape(SheetText.safe(text));
    }
}
