package dev.retain.app.assessment;

import dev.retain.app.admin.AssessmentWeights;
import java.util.List;
import java.util.Optional;

/** An assessment of one period: the weights it used and every team's ranking (teams by name, '' last). */
public record Assessment(AssessmentPeriod period, AssessmentWeights weights, List<TeamRanking> teams) {

    public Optional<ManagerScore> manager(String managerId) {
        return teams.stream().flatMap(t -> t.managers().stream()).filter(m -> m.managerId().equals(managerId)).findFirst();
    }

    public Optional<TeamRanking> teamOf(String managerId) {
        return teams.stream().filter(t -> t.managers().stream().anyMatch(m -> m.managerId().equals(managerId))).findFirst();
    }
}
