package dev.retain.app.admin.web;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.security.CurrentUser;
import dev.retain.engine.zone.ZoneThresholds;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins set the zone thresholds A, M and C (R2.2); each save is a new version. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SettingsController {

    private final RetentionSettings settings;
    private final CurrentUser currentUser;

    SettingsController(RetentionSettings settings, CurrentUser currentUser) {
        this.settings = settings;
        this.currentUser = currentUser;
    }

    @GetMapping("/admin/settings")
    String page(Model model) {
        ZoneThresholds now = settings.thresholds();
        return show(model, new ThresholdForm(yuan(now.highValueBillFen()), String.valueOf(now.outgoingMinutes()),
                yuan(now.minCommitFen())), Map.of());
    }

    @PostMapping("/admin/settings")
    String save(@RequestParam(defaultValue = "") String highValueBill, @RequestParam(defaultValue = "") String mouThreshold,
                @RequestParam(defaultValue = "") String minCommit, Model model, RedirectAttributes redirect) {
        ThresholdForm form = new ThresholdForm(highValueBill, mouThreshold, minCommit);
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) return show(model, form, errors);
        settings.saveThresholds(form.highValueBillValue(), form.mouThresholdValue(), form.minCommitValue(), currentUser.get());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/settings";
    }

    private String show(Model model, ThresholdForm form, Map<String, String> errors) {
        ZoneThresholds now = settings.thresholds();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("currentA", yuan(now.highValueBillFen()));
        model.addAttribute("currentM", now.outgoingMinutes());
        model.addAttribute("currentC", yuan(now.minCommitFen()));
        model.addAttribute("history", settings.thresholdHistory());
        return "admin/settings";
    }

    private static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
