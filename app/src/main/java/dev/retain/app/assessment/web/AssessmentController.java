package dev.retain.app.assessment.web;

import dev.retain.app.assessment.AssessmentPeriod;
import dev.retain.app.assessment.AssessmentRefused;
import dev.retain.app.assessment.TrainingDraft;
import dev.retain.app.assessment.TrainingRecords;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /assessment}: the ranked table per team for a month or quarter ({@code period=2026-11} or {@code 2026-Q4}),
 * and the training records; supervisors and admins add, change and delete records here. A refused form comes back
 * with its values and the field at fault named (400).
 */
@Controller
class AssessmentController {

    private final AssessmentPage page;
    private final TrainingRecords trainings;
    private final CurrentUser currentUser;

    AssessmentController(AssessmentPage page, TrainingRecords trainings, CurrentUser currentUser) {
        this.page = page;
        this.trainings = trainings;
        this.currentUser = currentUser;
    }

    @GetMapping("/assessment")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN', 'ANALYST', 'PHONE_MANAGER', 'CUSTOMER_MANAGER')")
    String show(@RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String team,
                @RequestParam(required = false) Long edit, Model model, HttpServletResponse response) {
        RetainUser me = currentUser.get();
        AssessmentPeriod p;
        try {
            p = page.period(period);
        } catch (AssessmentRefused e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            p = page.period("");
            model.addAttribute("periodRefused", e.code());
        }
        boolean mayEdit = edit != null && (me.role().name().equals("SUPERVISOR") || me.role().name().equals("ADMIN"));
        TrainingDraft draft = null;
        if (mayEdit) {
            try {
                draft = page.draftOf(edit, p);
            } catch (AssessmentRefused e) {
                mayEdit = false;
            }
        }
        page.fill(model, me, p, team, draft, mayEdit ? edit : null);
        return "assessment/assessment";
    }

    @PostMapping("/assessment/training")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String add(@RequestParam(defaultValue = "") String period, TrainingDraft draft, Model model, HttpServletResponse response) {
        return save(period, null, draft, model, response);
    }

    @PostMapping("/assessment/training/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String update(@PathVariable long id, @RequestParam(defaultValue = "") String period, TrainingDraft draft, Model model,
                  HttpServletResponse response) {
        return save(period, id, draft, model, response);
    }

    @PostMapping("/assessment/training/{id}/delete")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    String delete(@PathVariable long id, @RequestParam(defaultValue = "") String period) {
        trainings.delete(id, currentUser.get());
        return back(period, "deleted");
    }

    private String save(String period, Long id, TrainingDraft draft, Model model, HttpServletResponse response) {
        RetainUser me = currentUser.get();
        try {
            if (id == null) trainings.add(draft, me);
            else trainings.update(id, draft, me);
            return back(period, "saved");
        } catch (AssessmentRefused e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("trainingRefused", e);
            page.fill(model, me, safePeriod(period), "", draft, id);
            return "assessment/assessment";
        }
    }

    private AssessmentPeriod safePeriod(String period) {
        try {
            return page.period(period);
        } catch (AssessmentRefused e) {
            return page.period("");
        }
    }

    private static String back(String period, String done) {
        return "redirect:" + UriComponentsBuilder.fromPath("/assessment").queryParam("period", period).queryParam("done", done).encode().build().toUriString();
    }
}
