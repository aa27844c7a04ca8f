package dev.retain.app.survey.web;

import dev.retain.app.security.CurrentUser;
import dev.retain.app.survey.SurveyRefused;
import dev.retain.app.survey.SurveyResults;
import dev.retain.app.survey.SurveySampling;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /surveys}: sends and responses, the six dimensions' mean expectation and perception with their gap, NPS and
 * awareness of the manager; supervisors and admins draw samples here, analysts read.
 */
@Controller
class SurveysController {

    private final SurveyResults results;
    private final SurveySampling sampling;
    private final CurrentUser currentUser;
    private final Clock clock;

    SurveysController(SurveyResults results, SurveySampling sampling, CurrentUser currentUser, Clock clock) {
        this.results = results;
        this.sampling = sampling;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/surveys")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'ANALYST')")
    String page(Model model) {
        model.addAttribute("totals", results.totals());
        model.addAttribute("means", results.means());
        model.addAttribute("scores", results.scores());
        model.addAttribute("sends", results.newestSends(50));
        model.addAttribute("responses", results.newestResponses(50));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("windowDays", results.windowDays());
        return "survey/surveys";
    }

    @PostMapping("/surveys/samples")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String draw(@RequestParam(defaultValue = "") String region, @RequestParam(defaultValue = "") String branch,
                @RequestParam(defaultValue = "0") int share, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("drawn", sampling.draw(currentUser.get(), region, branch, share,
                    ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()));
        } catch (SurveyRefused e) {
            redirect.addFlashAttribute("refused", e.messageKey());
        }
        return "redirect:/surveys";
    }
}
