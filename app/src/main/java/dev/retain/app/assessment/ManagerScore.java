package dev.retain.app.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One manager's row of an assessment: the counts behind each measure, the measures scored 0–100 (absent when the
 * manager had nothing to measure: no customers, no tasks, no measured retention, no survey answer), the weighted
 * {@code total} (null when no measure with a weight above 0 has a score) and the {@code rank} within the team (null
 * without a total). {@code trainings} and {@code trainingHours}: courses taken in the period.
 */
public record ManagerScore(String managerId, String name, String role, String region, String branch, String team,
                           long customers, long contacted, long tasks, long done, long onTime,
                           long retentionMeasured, long retentionActive, long retentionPending,
                           long responses, Map<Measure, BigDecimal> scores, BigDecimal total, Integer rank,
                           long trainings, BigDecimal trainingHours) {

    public BigDecimal score(Measure m) {
        return scores.get(m);
    }

    ManagerScore ranked(Integer newRank) {
        return new ManagerScore(managerId, name, role, region, branch, team, customers, contacted, tasks, done, onTime,
                retentionMeasured, retentionActive, retentionPending, responses, scores, total, newRank, trainings, trainingHours);
    }
}
