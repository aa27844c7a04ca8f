package dev.retain.app.survey.web;

import dev.retain.app.survey.OpenedSurvey;
import dev.retain.app.survey.SurveyLinks;
import dev.retain.app.survey.SurveyRefused;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customer's survey behind the SMS link: {@code /s/{token}} without a login (the security configuration permits
 * exactly this path). The number masked; an unknown token answers 404, an expired one 410, an answered one 409, each
 * with a page that says so and shows nothing of the customer. Never cached, never indexed.
 */
@Controller
class SurveyLinkController {

    private final SurveyLinks links;

    SurveyLinkController(SurveyLinks links) {
        this.links = links;
    }

    @GetMapping("/s/{token}")
    String open(@PathVariable String token, Model model, HttpServletResponse response) {
        noStore(response);
        OpenedSurvey opened = links.open(token);
        response.setStatus(status(opened.state()));
        model.addAttribute("opened", opened);
        model.addAttribute("token", token);
        return "survey/answer";
    }

    @PostMapping("/s/{token}")
    String answer(@PathVariable String token, @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        noStore(response);
        try {
            OpenedSurvey.State state = links.answer(token, form);
            if (state == OpenedSurvey.State.OPEN) return "survey/thanks";
            response.setStatus(status(state));
            model.addAttribute("opened", new OpenedSurvey(state, null, null, null));
        } catch (SurveyRefused e) {
            // a missing answer: the questionnaire again, with what was filled in and the message
            OpenedSurvey opened = links.open(token);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("opened", opened);
            model.addAttribute("refused", e.messageKey());
            model.addAttribute("filled", form);
        }
        model.addAttribute("token", token);
        return "survey/answer";
    }

    private static int status(OpenedSurvey.State state) {
        return switch (state) {
            case OPEN -> HttpServletResponse.SC_OK;
            case ANSWERED -> HttpServletResponse.SC_CONFLICT;
            case EXPIRED -> HttpServletResponse.SC_GONE;
            case UNKNOWN -> HttpServletResponse.SC_NOT_FOUND;
        };
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
    }
}
