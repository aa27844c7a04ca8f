package dev.retain.app.complaint.web;

import dev.retain.app.complaint.internal.visit.Visitors;
import dev.retain.app.complaint.internal.visit.Visitors.Visitor;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The visitors (staff who go out): their office, where each day starts and ends, and their hours. */
@Controller
@PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN')")
class VisitorsController {

    private final Visitors visitors;

    VisitorsController(Visitors visitors) {
        this.visitors = visitors;
    }

    @GetMapping("/complaints/visits/visitors")
    String list(Model model) {
        model.addAttribute("visitors", visitors.active());
        return "complaint/visitors";
    }

    @PostMapping("/complaints/visits/visitors")
    String save(@RequestParam(defaultValue = "") String id, @RequestParam(defaultValue = "") String name,
                @RequestParam(defaultValue = "") String branch, @RequestParam(defaultValue = "") String officeAddress,
                @RequestParam(defaultValue = "") String officeLat, @RequestParam(defaultValue = "") String officeLon,
                @RequestParam(defaultValue = "09:00") String worksFrom, @RequestParam(defaultValue = "17:30") String worksTo,
                RedirectAttributes redirect) {
        if (!id.strip().matches("[A-Za-z0-9_-]{1,30}")) return refused(redirect, "id");
        if (name.isBlank() || name.length() > 40) return refused(redirect, "name");
        Double lat = number(officeLat, -90, 90);
        if (lat == null) return refused(redirect, "officeLat");
        Double lon = number(officeLon, -180, 180);
        if (lon == null) return refused(redirect, "officeLon");
        LocalTime from;
        LocalTime to;
        try {
            from = LocalTime.parse(worksFrom.strip());
            to = LocalTime.parse(worksTo.strip());
        } catch (DateTimeParseException e) {
            return refused(redirect, "hours");
        }
        if (!to.isAfter(from)) return refused(redirect, "hours");
        visitors.save(new Visitor(id.strip(), name.strip(), branch.isBlank() ? null : branch.strip(),
                officeAddress.isBlank() ? null : officeAddress.strip(), lat, lon, from, to));
        redirect.addFlashAttribute("saved", "complaint.visit.visitors.saved");
        return "redirect:/complaints/visits/visitors";
    }

    private static Double number(String text, double min, double max) {
        try {
            double d = Double.parseDouble(text.strip());
            return d >= min && d <= max ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The refusal names the field (its label in the page's language). */
    private static String refused(RedirectAttributes redirect, String field) {
        redirect.addFlashAttribute("refusedField", "complaint.visit.visitors." + field);
        return "redirect:/complaints/visits/visitors";
    }
}
