package dev.retain.app.assessment;

import dev.retain.app.admin.AssessmentWeights;
import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.assessment.internal.AssessmentReadModel;
import dev.retain.app.assessment.internal.AssessmentReadModel.Manager;
import dev.retain.app.assessment.internal.AssessmentReadModel.Satisfaction;
import dev.retain.app.assessment.internal.AssessmentReadModel.Tasks;
import dev.retain.app.assessment.internal.TrainingStore;
import dev.retain.app.outcome.ClosedLoop;
import dev.retain.app.outcome.OutcomeRate;
import dev.retain.app.report.ContactFrequency;
import dev.retain.app.report.ContactFrequency.Contacted;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager assessment (SPEC R12.3): for every active manager and a month or quarter, five measures scored 0–100 —
 * contact frequency ({@link ContactFrequency}'s "contacted in the period"), task completion and timeliness (retention's
 * tasks of the period's months), retention outcome ({@link ClosedLoop}: still active the month after), customer
 * satisfaction (survey perceptions of the manager's customers) — combined with the weights in force and ranked per
 * team. One grouped read per measure. docs/assessment.md has the definitions; the monthly report calls {@link #of(YearMonth)}.
 */
@Service
public class ManagerAssessment {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AssessmentReadModel readModel;
    private final TrainingStore trainings;
    private final ContactFrequency contactFrequency;
    private final ClosedLoop closedLoop;
    private final RetentionSettings settings;
    private final Clock clock;

    ManagerAssessment(AssessmentReadModel readModel, TrainingStore trainings, ContactFrequency contactFrequency, ClosedLoop closedLoop,
                      RetentionSettings settings, Clock clock) {
        this.readModel = readModel;
        this.trainings = trainings;
        this.contactFrequency = contactFrequency;
        this.closedLoop = closedLoop;
        this.settings = settings;
        this.clock = clock;
    }

    public Assessment of(YearMonth month) {
        return of(AssessmentPeriod.month(month));
    }

    @Transactional(readOnly = true)
    public Assessment of(AssessmentPeriod period) {
        AssessmentWeights weights = settings.assessmentWeights();
        Map<String, Contacted> contacts = contactFrequency.contactedBetween(period.firstDay(), period.lastDay());
        Map<String, Tasks> tasks = readModel.tasks(period.months(), clock.getZone());
        Map<String, OutcomeRate> retention = new HashMap<>();
        for (YearMonth m : period.months()) closedLoop.byManager(m).forEach((id, rate) -> retention.merge(id, rate, OutcomeRate::plus));
        Map<String, Satisfaction> satisfaction = readModel.satisfaction(period.firstDay().atStartOfDay(clock.getZone()).toInstant(),
                period.lastDay().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
        Map<String, TrainingStore.Summary> trained = trainings.summaries(period.firstDay(), period.lastDay());

        Map<String, List<ManagerScore>> byTeam = new TreeMap<>(Comparator.comparing((String t) -> t.isEmpty()).thenComparing(t -> t));
        for (Manager m : readModel.managers()) {
            Contacted c = contacts.get(m.managerId());
            Tasks t = tasks.getOrDefault(m.managerId(), new Tasks(0, 0, 0));
            OutcomeRate r = retention.getOrDefault(m.managerId(), OutcomeRate.NONE);
            Satisfaction s = satisfaction.get(m.managerId());
            TrainingStore.Summary tr = trained.get(m.managerId());
            long customers = c == null ? 0 : c.customers();
            long contacted = c == null ? 0 : c.contacted();
            Map<Measure, BigDecimal> scores = new EnumMap<>(Measure.class);
            put(scores, Measure.CONTACT, share(contacted, customers));
            put(scores, Measure.COMPLETION, share(t.done(), t.tasks()));
            put(scores, Measure.TIMELINESS, share(t.onTime(), t.tasks()));
            put(scores, Measure.RETENTION, share(r.active(), r.measured()));
            put(scores, Measure.SATISFACTION, s == null ? null : s.score());
            byTeam.computeIfAbsent(m.team(), k -> new ArrayList<>()).add(new ManagerScore(m.managerId(), m.name(), m.role(), m.region(),
                    m.branch(), m.team(), customers, contacted, t.tasks(), t.done(), t.onTime(), r.measured(), r.active(), r.pending(),
                    s == null ? 0 : s.responses(), java.util.Collections.unmodifiableMap(scores), total(scores, weights), null,
                    tr == null ? 0 : tr.courses(), tr == null ? BigDecimal.ZERO : tr.hours()));
        }
        List<TeamRanking> teams = new ArrayList<>();
        byTeam.forEach((team, rows) -> teams.add(new TeamRanking(team, ranked(rows))));
        return new Assessment(period, weights, List.copyOf(teams));
    }

    /**
     * The weighted mean of the measures the manager has a score for, each weighted by its setting; null when no measure
     * with a weight above 0 has a score. A missing measure neither counts as 0 nor as full marks.
     */
    static BigDecimal total(Map<Measure, BigDecimal> scores, AssessmentWeights weights) {
        BigDecimal sum = BigDecimal.ZERO;
        int weightSum = 0;
        for (Map.Entry<Measure, BigDecimal> e : scores.entrySet()) {
            int w = e.getKey().weightIn(weights);
            if (w == 0) continue;
            sum = sum.add(e.getValue().multiply(BigDecimal.valueOf(w)));
            weightSum += w;
        }
        return weightSum == 0 ? null : sum.divide(BigDecimal.valueOf(weightSum), 1, RoundingMode.HALF_UP);
    }

    /** Best total first; equal totals share a rank (1, 2, 2, 4); managers without a total last, unranked, by id. */
    static List<ManagerScore> ranked(List<ManagerScore> rows) {
        List<ManagerScore> sorted = rows.stream()
                .sorted(Comparator.comparing(ManagerScore::total, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(ManagerScore::managerId))
                .toList();
        List<ManagerScore> out = new ArrayList<>();
        BigDecimal previous = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            ManagerScore m = sorted.get(i);
            if (m.total() == null) {
                out.add(m);
                continue;
            }
            if (previous == null || m.total().compareTo(previous) != 0) rank = i + 1;
            previous = m.total();
            out.add(m.ranked(rank));
        }
        return List.copyOf(out);
    }

    /** {@code part} of {@code whole} in %, one decimal; null when there is nothing to measure. */
    static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static void put(Map<Measure, BigDecimal> scores, Measure m, BigDecimal score) {
        if (score != null) scores.put(m, score);
    }
}
