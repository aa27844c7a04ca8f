package dev.retain.app.merchant.web;

import dev.retain.app.merchant.AssessmentEntry;
import dev.retain.app.merchant.AssessmentPeriod;
import dev.retain.app.merchant.AssessmentScheme;
import dev.retain.app.merchant.MerchantAssessments;
import dev.retain.app.merchant.MerchantRefused;
import dev.retain.app.merchant.Merchants;
import dev.retain.app.security.CurrentUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's merchant assessment (SPEC R11.4), for admins: the weights and grade thresholds, assessing a merchant
 * for a quarter, every merchant's latest grade, each merchant's history, and the merchants graded D twice in a row,
 * with the offline review that takes one offline or keeps it.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MerchantAssessmentPages {

    private static final int QUARTERS_OFFERED = 8;

    private final MerchantAssessments assessments;
    private final Merchants merchants;
    private final CurrentUser currentUser;
    private final Refusals refusals;

    MerchantAssessmentPages(MerchantAssessments assessments, Merchants merchants, CurrentUser currentUser, Refusals refusals) {
        this.assessments = assessments;
        this.merchants = merchants;
        this.currentUser = currentUser;
        this.refusals = refusals;
    }

    @GetMapping("/admin/merchant-assessments")
    String page(Model model) {
        model.addAttribute("scheme", assessments.scheme());
        model.addAttribute("items", AssessmentScheme.ITEMS);
        model.addAttribute("flags", assessments.openFlags());
        model.addAttribute("latest", assessments.latest());
        model.addAttribute("merchants", merchants.list(false));
        List<String> periods = new ArrayList<>();
        AssessmentPeriod p = assessments.currentPeriod();
        for (int i = 0; i < QUARTERS_OFFERED; i++, p = p.previous()) periods.add(p.toString());
        model.addAttribute("periods", periods);
        return "merchant/assessments";
    }

    @PostMapping("/admin/merchant-assessments/weights")
    String weights(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        return saved(redirect, "/admin/merchant-assessments", () -> {
            Map<String, Integer> weights = new HashMap<>();
            for (String item : AssessmentScheme.ITEMS) {
                weights.put(item, Refusals.integer(form.get("weight-" + item), "merchant.assessment.error.weights"));
            }
            assessments.saveWeights(weights, Refusals.integer(form.get("pointsPerComplaint"), "merchant.assessment.error.parameters"),
                    Refusals.integer(form.get("fullRedemptions"), "merchant.assessment.error.parameters"), currentUser.get());
        });
    }

    @PostMapping("/admin/merchant-assessments/thresholds")
    String thresholds(@RequestParam(required = false) String a, @RequestParam(required = false) String b,
                      @RequestParam(required = false) String c, RedirectAttributes redirect) {
        String code = "merchant.assessment.error.thresholds";
        return saved(redirect, "/admin/merchant-assessments", () -> assessments.saveThresholds(Refusals.number(a, code),
                Refusals.number(b, code), Refusals.number(c, code), currentUser.get()));
    }

    @PostMapping("/admin/merchant-assessments")
    String record(@RequestParam long merchantId, @RequestParam String period, @RequestParam(required = false) String service,
                  @RequestParam(required = false) String compliance, @RequestParam(required = false) String satisfaction,
                  @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            Refusals.found(() -> assessments.record(new AssessmentEntry(merchantId, period,
                    Refusals.number(service, "merchant.assessment.error.score.service"),
                    Refusals.number(compliance, "merchant.assessment.error.score.compliance"),
                    Refusals.number(satisfaction, "merchant.assessment.error.score.satisfaction"), note), currentUser.get()));
        } catch (MerchantRefused e) {
            redirect.addFlashAttribute("refused", refusals.text(e));
            return "redirect:/admin/merchant-assessments";
        }
        redirect.addFlashAttribute("done", true);
        return "redirect:/admin/merchant-assessments/merchants/" + merchantId;
    }

    @GetMapping("/admin/merchant-assessments/merchants/{id:\\d+}")
    String merchant(@PathVariable long id, Model model) {
        model.addAttribute("merchant", Refusals.found(() -> merchants.get(id)));
        model.addAttribute("history", assessments.history(id));
        model.addAttribute("flags", assessments.flagsOf(id));
        return "merchant/assessment-merchant";
    }

    @PostMapping("/admin/merchant-assessments/flags/{id:\\d+}/review")
    String review(@PathVariable long id, @RequestParam String decision, @RequestParam(required = false) String note,
                  RedirectAttributes redirect) {
        if (!decision.equals("offline") && !decision.equals("keep")) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST, "decision: offline or keep");
        }
        return saved(redirect, "/admin/merchant-assessments",
                () -> Refusals.found(() -> assessments.review(id, decision.equals("offline"), note, currentUser.get())));
    }

    private String saved(RedirectAttributes redirect, String to, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("done", true);
        } catch (MerchantRefused e) {
            redirect.addFlashAttribute("refused", refusals.text(e));
        }
        return "redirect:" + to;
    }
}
