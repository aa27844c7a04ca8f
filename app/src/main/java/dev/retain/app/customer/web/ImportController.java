package dev.retain.app.customer.web;

import dev.retain.app.customer.ImportRun;
import dev.retain.app.customer.ImportService;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The imports page: upload the operator's CSV exports, see every import and its rejects (R1.1). */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR')")
class ImportController {

    private static final int HISTORY = 50;

    private final ImportService imports;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    ImportController(ImportService imports, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.imports = imports;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @GetMapping("/imports")
    String page(@RequestParam(required = false) Long run, Model model) {
        model.addAttribute("runs", imports.history(HISTORY));
        model.addAttribute("contractFiles", ImportService.contractFiles());
        model.addAttribute("maxRejectPercent", BigDecimal.valueOf(imports.maxRejectRate() * 100).stripTrailingZeros().toPlainString());
        // times in the business zone, not the server's
        model.addAttribute("zone", clock.getZone());
        if (run != null) imports.find(run).ifPresent(r -> model.addAttribute("result", r));
        return "customer/imports";
    }

    @PostMapping("/imports")
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect)
            throws IOException {
        ImportRun run;
        try (UploadedFiles uploaded = UploadedFiles.store(files)) {
            run = imports.importFrom(uploaded.dir, currentUser.get().username(), ImportService.UPLOAD);
            auditLog.imported(currentUser.get(), run.id(), uploaded.audited(run), run.status());
            redirect.addFlashAttribute("ignored", uploaded.ignored);
        }
        return "redirect:/imports?run=" + run.id();
    }

    @GetMapping("/imports/{id}/rejects.csv")
    void rejects(@PathVariable long id, HttpServletResponse response) throws IOException {
        // core.web.NotFoundException is not part of core's exposed API (ModularityTests), hence the plain status
        if (imports.find(id).isEmpty()) throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no import " + id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-rejects.csv\"");
        long rows = imports.writeRejects(id, response.getWriter());
        auditLog.exported(currentUser.get(), "import " + id + " rejects", rows);
    }
}
