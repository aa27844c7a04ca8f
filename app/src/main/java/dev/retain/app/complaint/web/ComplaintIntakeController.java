package dev.retain.app.complaint.web;

import dev.retain.app.complaint.ComplaintImportOutcome;
import dev.retain.app.complaint.ComplaintImports;
import dev.retain.app.complaint.ComplaintRefusedException;
import dev.retain.app.complaint.Complaints;
import dev.retain.app.complaint.NewComplaint;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.RetainUser;
import dev.retain.engine.complaint.SourceClass;
import dev.retain.engine.csv.InputFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff intake (/complaints/new: handlers, supervisors, admins; managers for their own customers, the
 * number in the POST body) and the CSV import (/complaints/import: the contract's complaints.csv, rejects
 * listed with line and column, numbers masked).
 */
@Controller
@PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN', 'PHONE_MANAGER', 'CUSTOMER_MANAGER')")
class ComplaintIntakeController {

    /** What staff pick on the form: the categories the pages name (other codes still come by API and CSV). */
    static final List<String> CATEGORIES = List.of("network_coverage", "network_quality", "data_speed", "billing", "service",
            "product", "other");

    private final Complaints complaints;
    private final ComplaintImports imports;
    private final CurrentUser currentUser;
    private final OwnCustomers own;

    ComplaintIntakeController(Complaints complaints, ComplaintImports imports, CurrentUser currentUser, OwnCustomers own) {
        this.complaints = complaints;
        this.imports = imports;
        this.currentUser = currentUser;
        this.own = own;
    }

    @GetMapping("/complaints/new")
    @PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN', 'PHONE_MANAGER', 'CUSTOMER_MANAGER')")
    String form(Model model) {
        return form(model, null, "hotline", CATEGORIES.get(0), "", null);
    }

    @PostMapping("/complaints/new")
    @PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN', 'PHONE_MANAGER', 'CUSTOMER_MANAGER')")
    String create(@RequestParam(defaultValue = "") String msisdn, @RequestParam(defaultValue = "") String channel,
                  @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String description, Model model) {
        RetainUser user = currentUser.get();
        try {
            if (user.scopedToOwnCustomers() && !msisdn.isBlank()) own.requireOwnCustomer(user, msisdn);
            var c = complaints.receive(new NewComplaint(null, msisdn, channel, category, description, null, user.username()));
            return user.scopedToOwnCustomers() ? "redirect:/complaints/new?done=" + c.id() : "redirect:/complaints/" + c.id();
        } catch (ComplaintRefusedException e) {
            return form(model, e, channel, category, description, PersonalData.maskMsisdn(msisdn));
        }
    }

    private String form(Model model, ComplaintRefusedException refused, String channel, String category, String description, String masked) {
        model.addAttribute("channels", SourceClass.CHANNELS);
        model.addAttribute("categories", CATEGORIES);
        model.addAttribute("channel", channel);
        model.addAttribute("category", category);
        model.addAttribute("description", description);
        model.addAttribute("refusedField", refused == null ? null : refused.field());
        model.addAttribute("refused", refused == null ? null : PersonalData.maskNumbersIn(refused.getMessage()));
        model.addAttribute("typedNumber", masked);
        return "complaint/new";
    }

    @GetMapping("/complaints/import")
    @PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN')")
    String importPage() {
        return "complaint/import";
    }

    @PostMapping("/complaints/import")
    @PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN')")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        Path dir = Files.createTempDirectory("complaint-upload");
        Path csv = dir.resolve("complaints.csv");
        try {
            file.transferTo(csv);
            ComplaintImportOutcome o = imports.importCsv(csv, currentUser.get().username());
            model.addAttribute("outcome", o);
            model.addAttribute("rejects", o.rejects().stream().limit(500)
                    .map(r -> new ComplaintImportOutcome.Reject(r.line(), r.column(), PersonalData.maskNumbersIn(r.reason()))).toList());
        } catch (InputFileException e) {
            model.addAttribute("failed", PersonalData.maskNumbersIn(e.getMessage()));
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(dir);
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        return "complaint/import";
    }
}
