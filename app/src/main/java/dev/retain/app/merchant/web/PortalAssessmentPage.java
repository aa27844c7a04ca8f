package dev.retain.app.merchant.web;

import dev.retain.app.merchant.MerchantAssessments;
import dev.retain.app.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The merchant's own grades in its portal (SPEC R11.4), read-only: one assessment a quarter, the one in force, with its items. */
@Controller
@PreAuthorize("hasAnyRole('MERCHANT_ADMIN', 'MERCHANT_CLERK')")
class PortalAssessmentPage {

    private final MerchantAssessments assessments;
    private final CurrentUser currentUser;

    PortalAssessmentPage(MerchantAssessments assessments, CurrentUser currentUser) {
        this.assessments = assessments;
        this.currentUser = currentUser;
    }

    @GetMapping("/portal/assessment")
    String page(Model model) {
        model.addAttribute("history", Refusals.found(() -> assessments.ownGrades(currentUser.get())));
        return "merchant/portal-assessment";
    }
}
