package dev.retain.app.complaint.web;

import dev.retain.app.complaint.internal.visit.VisitSettings;
import dev.retain.engine.visit.MonthlyCost;
import dev.retain.engine.visit.VisitStaffing;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff and monthly cost of a branch's visit programme from its daily volume, as seed 003 estimates
 * them: visitors at up to N visits a day plus follow-up staff, then 003's branch cost lines for that
 * many people (23 a day → 6 people → 59,122.20 yuan a month).
 */
@Controller
@PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN')")
class VisitCostController {

    private static final int MAX_VISITS_A_DAY = 1_000;

    private final VisitSettings settings;

    VisitCostController(VisitSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/complaints/visits/cost")
    String cost(@RequestParam(defaultValue = "23") String visits, Model model) {
        int perDay;
        try {
            perDay = Integer.parseInt(visits.strip());
        } catch (NumberFormatException e) {
            perDay = -1;
        }
        if (perDay < 0 || perDay > MAX_VISITS_A_DAY) {
            model.addAttribute("refused", "complaint.visit.cost.badVolume");
            perDay = 23;
        }
        VisitStaffing staffing = new VisitStaffing(perDay, settings.maxVisitsPerVisitor(), settings.followUpStaff(), settings.hoursPerVisit(),
                settings.workHours());
        model.addAttribute("visits", perDay);
        model.addAttribute("staffing", staffing);
        model.addAttribute("cost", MonthlyCost.pilotBranch(staffing.people()));
        return "complaint/visit-cost";
    }
}
