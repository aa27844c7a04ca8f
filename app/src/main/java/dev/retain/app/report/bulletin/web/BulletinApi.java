package dev.retain.app.report.bulletin.web;

import dev.retain.app.security.ApiScope;
import dev.retain.app.security.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly report and the quarterly bulletin over REST (R12.2), generated on demand, for supervisors, analysts,
 * admins and integration clients with {@code reports:read}; aggregates only, no personal data. Each download is audited.
 */
@RestController
@Tag(name = "Reports", description = "The monthly report and the quarterly bulletin as PDF or spreadsheet")
@PreAuthorize("hasAnyRole('SUPERVISOR','ANALYST','ADMIN')")
class BulletinApi {

    private final ReportDownloads downloads;

    BulletinApi(ReportDownloads downloads) {
        this.downloads = downloads;
    }

    @ApiScope(Scope.REPORTS_READ)
    @GetMapping("/api/v1/reports/monthly")
    @Operation(summary = "One cycle month's report", description = "Zones and migration, retention, tasks, contact coverage, "
            + "satisfaction, complaints, campaigns, merchants, inspections and the closed loop, with charts in the PDF.")
    ResponseEntity<byte[]> monthly(@Parameter(description = "cycle month, YYYY-MM") @RequestParam String month,
                                   @Parameter(description = "pdf or xlsx") @RequestParam(defaultValue = "pdf") String format,
                                   @Parameter(description = "zh-CN or en") @RequestParam(defaultValue = "zh-CN") String lang) {
        return downloads.generated(ReportRequest.monthly(month, format, lang));
    }

    @ApiScope(Scope.REPORTS_READ)
    @GetMapping("/api/v1/reports/quarterly")
    @Operation(summary = "A quarter's bulletin to the province", description = "The quarter's three months, their trend and the quarter's totals against the quarter before.")
    ResponseEntity<byte[]> quarterly(@Parameter(description = "quarter, YYYY-Qn") @RequestParam String quarter,
                                     @Parameter(description = "pdf or xlsx") @RequestParam(defaultValue = "pdf") String format,
                                     @Parameter(description = "zh-CN or en") @RequestParam(defaultValue = "zh-CN") String lang) {
        return downloads.generated(ReportRequest.quarterly(quarter, format, lang));
    }

    @ExceptionHandler(ReportRequest.BadParameter.class)
    ResponseEntity<ProblemDetail> badParameter(ReportRequest.BadParameter e) {
        return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage()));
    }
}
