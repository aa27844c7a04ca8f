package dev.retain.app.customer.web;

import dev.retain.app.security.ApiScope;
import dev.retain.app.security.Scope;
import dev.retain.app.customer.ImportRun;
import dev.retain.app.customer.ImportService;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The import over REST (R1.1): for BOSS/BI jobs that push their nightly exports. */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
@Tag(name = "Imports", description = "Load the operator's CSV exports (docs/data-formats.md) and read the import history")
class ImportApi {

    private final ImportService imports;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    ImportApi(ImportService imports, CurrentUser currentUser, AuditLog auditLog) {
        this.imports = imports;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @Operation(summary = "Import contract files",
            description = "Multipart part 'files': any of plans.csv, managers.csv, groups.csv, subscribers.csv, usage_monthly.csv, "
                    + "call_peers.csv (other names are ignored). All or nothing: 200 with the run when it succeeded, "
                    + "422 with the run and its message when nothing was kept.")
    @ApiScope(Scope.IMPORTS_WRITE)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportRun> upload(@RequestPart(name = "files", required = false) List<MultipartFile> files) throws IOException {
        try (UploadedFiles uploaded = UploadedFiles.store(files)) {
            ImportRun run = imports.importFrom(uploaded.dir, currentUser.get().username(), ImportService.API);
            auditLog.imported(currentUser.get(), run.id(), uploaded.audited(run), run.status());
            return ResponseEntity.status(run.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(run.masked());
        }
    }

    @Operation(summary = "Import history, newest first")
    @ApiScope(Scope.IMPORTS_READ)
    @GetMapping
    List<ImportRun> history(@RequestParam(defaultValue = "50") int limit) {
        return imports.history(Math.max(1, Math.min(limit, 500))).stream().map(ImportRun::masked).toList();
    }

    @Operation(summary = "One import with its counts per file")
    @ApiScope(Scope.IMPORTS_READ)
    @GetMapping("/{id}")
    ImportRun one(@PathVariable long id) {
        return imports.find(id).map(ImportRun::masked).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no import " + id));
    }

    @Operation(summary = "The rejected rows of an import as CSV (file, line, column, reason, raw); audited as an export")
    @ApiScope(Scope.IMPORTS_READ)
    @GetMapping(value = "/{id}/rejects", produces = "text/csv")
    void rejects(@PathVariable long id, HttpServletResponse response) throws IOException {
        if (imports.find(id).isEmpty()) throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no import " + id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        long rows = imports.writeRejects(id, response.getWriter());
        auditLog.exported(currentUser.get(), "import " + id + " rejects", rows);
    }
}
