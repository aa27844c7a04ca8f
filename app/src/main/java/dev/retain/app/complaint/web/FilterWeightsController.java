package dev.retain.app.complaint.web;

import dev.retain.app.complaint.internal.filter.FilterSettings;
import dev.retain.app.security.CurrentUser;
import dev.retain.engine.complaint.FilterWeights;
import dev.retain.engine.complaint.Principle;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's complaint filter (/admin/complaint-filter): the five principles' weights, the thresholds of
 * must-solve and defer, the bill that counts as full return, the repeats that count as full and the repeat
 * window; and the area weights. The engine checks the values; a refusal names the setting.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class FilterWeightsController {

    private final FilterSettings settings;
    private final CurrentUser currentUser;

    FilterWeightsController(FilterSettings settings, CurrentUser currentUser) {
        this.settings = settings;
        this.currentUser = currentUser;
    }

    @GetMapping("/admin/complaint-filter")
    String page(Model model) {
        model.addAttribute("filter", settings.current());
        model.addAttribute("principles", Arrays.stream(Principle.values()).map(Principle::code).toList());
        model.addAttribute("areas", settings.areaWeights());
        return "complaint/filter-settings";
    }

    @PostMapping("/admin/complaint-filter")
    String save(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            Map<Principle, Double> w = new EnumMap<>(Principle.class);
            for (Principle p : Principle.values()) w.put(p, number(form, "weight." + p.code()));
            FilterWeights f = new FilterWeights(w, number(form, "must_solve_from"), number(form, "defer_below"),
                    number(form, "full_value_bill"), (int) number(form, "full_repeats"), (int) number(form, "repeat_window_days"));
            settings.save(f, currentUser.get().username());
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/admin/complaint-filter";
    }

    @PostMapping("/admin/complaint-filter/area")
    String saveArea(@RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String branch,
                    @RequestParam(defaultValue = "") String weight, @RequestParam(required = false) String remove, RedirectAttributes redirect) {
        try {
            if (region.isBlank()) throw new IllegalArgumentException("region: missing");
            if (remove != null) {
                settings.removeAreaWeight(region.trim(), branch.trim());
            } else {
                double w = number(Map.of("weight", weight), "weight");
                if (!(w >= 0 && w <= 1)) throw new IllegalArgumentException("weight: must be between 0 and 1, not " + weight);
                settings.saveAreaWeight(region.trim(), branch.trim(), w, currentUser.get().username());
            }
            redirect.addFlashAttribute("saved", true);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/admin/complaint-filter";
    }

    private static double number(Map<String, String> form, String key) {
        String v = form.get(key);
        if (v == null || v.isBlank()) throw new IllegalArgumentException(key + ": missing");
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a number: '" + v + "'");
        }
    }
}
