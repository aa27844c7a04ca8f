package dev.retain.app.survey.web;

import dev.retain.app.retention.CustomerAccess;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.RetainUser;
import dev.retain.app.survey.PhoneSurveys;
import dev.retain.app.survey.SurveyRefused;
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
 * The questionnaire taken on a phone call ({@code /customers/{key}/survey}): managers for their own customers,
 * supervisors for any (a manager gets 403 for anyone else's, as on the 360 view). Audited when recorded.
 */
@Controller
class PhoneSurveyController {

    private final PhoneSurveys surveys;
    private final CustomerAccess access;
    private final CurrentUser currentUser;

    PhoneSurveyController(PhoneSurveys surveys, CustomerAccess access, CurrentUser currentUser) {
        this.surveys = surveys;
        this.access = access;
        this.currentUser = currentUser;
    }

    @GetMapping("/customers/{key}/survey")
    @PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR')")
    String form(@PathVariable String key, Model model) {
        String msisdn = access.writeByKey(currentUser.get(), key);
        return show(model, key, msisdn, null, Map.of());
    }

    @PostMapping("/customers/{key}/survey")
    @PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR')")
    String record(@PathVariable String key, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        RetainUser me = currentUser.get();
        String msisdn = access.writeByKey(me, key);
        try {
            surveys.record(me, msisdn, form);
        } catch (SurveyRefused e) {
            return show(model, key, msisdn, e.messageKey(), form);
        }
        redirect.addFlashAttribute("surveyRecorded", true);
        return "redirect:/customers/" + key.toLowerCase(java.util.Locale.ROOT) + "/survey";
    }

    private String show(Model model, String key, String msisdn, String refused, Map<String, String> filled) {
        model.addAttribute("customerKey", key.toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("maskedMsisdn", PersonalData.maskMsisdn(msisdn));
        model.addAttribute("template", surveys.template());
        model.addAttribute("refused", refused);
        model.addAttribute("filled", filled);
        return "survey/phone";
    }
}
