package dev.retain.app.report.bulletin.web;

import dev.retain.app.report.bulletin.Bulletins;
import dev.retain.app.report.bulletin.Bulletins.GeneratedReport;
import dev.retain.app.report.bulletin.StoredReport;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A report file as a download, audited before it leaves (an export, named by its file name: the period, language and
 * format). Generating on demand keeps the file too, so the page lists it and every instance can serve it again.
 */
@Component
class ReportDownloads {

    private final Bulletins bulletins;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;

    ReportDownloads(Bulletins bulletins, AuditLog auditLog, CurrentUser currentUser) {
        this.bulletins = bulletins;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
    }

    ResponseEntity<byte[]> generated(ReportRequest request) {
        String by = currentUser.get().username();
        GeneratedReport report = bulletins.generate(request.period(), request.language(), request.format(), by);
        return download(report.stored(), report.content());
    }

    ResponseEntity<byte[]> stored(StoredReport file) {
        return download(file, bulletins.content(file));
    }

    private ResponseEntity<byte[]> download(StoredReport file, byte[] content) {
        auditLog.exported(currentUser.get(), file.fileName(), bulletins.sections().size());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(content);
    }
}
