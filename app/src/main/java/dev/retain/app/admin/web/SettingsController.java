package dev.retain.app.admin.web;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.admin.SettingsEditor;
import dev.retain.app.admin.SettingsEditor.NeedsConfirmation;
import dev.retain.app.admin.SettingsEditor.Refused;
import dev.retain.app.admin.SettingsEditor.Saved;
import dev.retain.app.admin.internal.SettingsCatalogue;
import dev.retain.app.security.CurrentUser;
import dev.retain.engine.cycle.SettingKind;
import dev.retain.engine.cycle.SettingProblem;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins change every setting a province may change (docs/settings.md): zone thresholds, tier
 * rules, capacities, horizon, reject rate, the workbench's "soon" and the business time zone.
 * A big move is confirmed by sending the form again (no script: the page shows the moves and
 * carries their confirmations in hidden fields).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SettingsController {

    static final int HISTORY = 200;
    /** The form's hidden fields naming the confirmed moves. */
    static final String CONFIRMED = "confirmed";

    private final RetentionSettings settings;
    private final SettingsEditor editor;
    private final CurrentUser currentUser;
    private final Clock clock;

    SettingsController(RetentionSettings settings, SettingsEditor editor, CurrentUser currentUser, Clock clock) {
        this.settings = settings;
        this.editor = editor;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/admin/settings")
    String page(Model model) {
        return show(model, Map.of(), Map.of(), List.of());
    }

    @PostMapping("/admin/settings")
    String save(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = typedValues(params);
        Set<String> confirmed = new LinkedHashSet<>(params.getOrDefault(CONFIRMED, List.of()));
        SettingsEditor.Outcome outcome = editor.save(typed, confirmed, currentUser.get());
        if (outcome instanceof Saved saved) {
            redirect.addFlashAttribute("savedCount", saved.changes().size());
            return "redirect:/admin/settings";
        }
        if (outcome instanceof NeedsConfirmation n) return show(model, typed, Map.of(), n.moves());
        return show(model, typed, ((Refused) outcome).problems(), List.of());
    }

    private String show(Model model, Map<String, String> typed, Map<String, SettingProblem> problems, List<SettingsEditor.Move> moves) {
        SettingsPage page = SettingsPage.of(settings.values(), typed, problems, moves, settings.settingHistory(HISTORY), clock.getZone());
        model.addAttribute("page", page);
        model.addAttribute("brands", SettingsPage.BRANDS);
        model.addAttribute("refused", !problems.isEmpty());
        model.addAttribute("zone", clock.getZone().getId());
        return "admin/settings";
    }

    /**
     * The settings the form sent, by key: a key the form did not send keeps its value. Brand
     * check boxes come with a hidden empty field, so a key sent with no brand ticked is "none".
     */
    static Map<String, String> typedValues(MultiValueMap<String, String> params) {
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((key, values) -> SettingsCatalogue.entry(key).ifPresent(e -> typed.put(key,
                e.spec().kind() == SettingKind.BRANDS
                        ? values.stream().filter(v -> v != null && !v.isBlank()).collect(Collectors.joining(","))
                        : values.isEmpty() || values.get(0) == null ? "" : values.get(0))));
        return typed;
    }
}
