package dev.retain.app.assessment.web;

import dev.retain.app.assessment.Assessment;
import dev.retain.app.assessment.AssessmentPeriod;
import dev.retain.app.assessment.AssessmentRefused;
import dev.retain.app.assessment.ManagerAssessment;
import dev.retain.app.assessment.ManagerScore;
import dev.retain.app.assessment.Measure;
import dev.retain.app.assessment.TeamRanking;
import dev.retain.app.assessment.TrainingDraft;
import dev.retain.app.assessment.TrainingRecord;
import dev.retain.app.assessment.TrainingRecords;
import dev.retain.app.security.RetainUser;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the assessment page shows to whom: supervisors, analysts and admins every team (or one), a manager their own
 * row and rank within their team and their own training records; the training form for supervisors and admins.
 */
@Component
class AssessmentPage {

    private final ManagerAssessment assessments;
    private final TrainingRecords trainings;
    private final Clock clock;

    AssessmentPage(ManagerAssessment assessments, TrainingRecords trainings, Clock clock) {
        this.assessments = assessments;
        this.trainings = trainings;
        this.clock = clock;
    }

    /** The period typed, or the month before this one (the newest month that is over). */
    AssessmentPeriod period(String text) {
        return text == null || text.isBlank() ? AssessmentPeriod.month(YearMonth.now(clock).minusMonths(1)) : AssessmentPeriod.parse(text);
    }

    /** Fills the model; {@code draft} is the training form's content (empty, a record to edit, or what was refused). */
    void fill(Model model, RetainUser me, AssessmentPeriod period, String team, TrainingDraft draft, Long editing) {
        Assessment a = assessments.of(period);
        boolean manager = me.role().isManager();
        List<TeamRanking> teams;
        ManagerScore own = null;
        TeamRanking ownTeam = null;
        if (manager) {
            own = a.manager(me.managerId()).orElse(null);
            ownTeam = a.teamOf(me.managerId()).orElse(null);
            teams = List.of();
        } else {
            teams = team == null || team.isBlank() ? a.teams() : a.teams().stream().filter(t -> t.team().equals(team)).toList();
        }
        List<TrainingRecord> records = trainings.between(period.firstDay(), period.lastDay(), manager ? String.valueOf(me.managerId()) : null);
        model.addAttribute("assessment", a);
        model.addAttribute("period", period);
        model.addAttribute("team", team == null ? "" : team);
        model.addAttribute("teamNames", a.teams().stream().map(TeamRanking::team).filter(t -> !t.isEmpty()).toList());
        model.addAttribute("teams", teams);
        model.addAttribute("own", own);
        model.addAttribute("ownTeam", ownTeam);
        model.addAttribute("measures", Measure.ALL);
        model.addAttribute("records", records);
        model.addAttribute("results", TrainingDraft.RESULTS);
        model.addAttribute("mayKeepRecords", me.role().name().equals("SUPERVISOR") || me.role().name().equals("ADMIN"));
        model.addAttribute("draft", draft == null ? new TrainingDraft("", "", "", "passed", "", "", "") : draft);
        model.addAttribute("editing", editing);
    }

    /** The training form filled with a stored record, for editing. */
    TrainingDraft draftOf(long id, AssessmentPeriod period) {
        return trainings.between(period.firstDay(), period.lastDay(), null).stream().filter(r -> r.id() == id).findFirst()
                .map(r -> new TrainingDraft(r.managerId(), r.course(), r.takenOn().toString(), r.result(),
                        r.score() == null ? "" : r.score().toPlainString(), r.hours().toPlainString(), r.note() == null ? "" : r.note()))
                .orElseThrow(() -> new AssessmentRefused("id", "assessment.training.refused.unknown"));
    }
}
