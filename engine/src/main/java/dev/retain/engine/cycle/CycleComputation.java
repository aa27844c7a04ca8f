package dev.retain.engine.cycle;

import dev.retain.engine.assign.Assigner;
import dev.retain.engine.assign.AssignmentResult;
import dev.retain.engine.load.PreviousAssignments;
import dev.retain.engine.load.Province;
import dev.retain.engine.progress.Progress;
import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.task.RetentionTask;
import java.util.List;
import java.util.Set;

/**
 * The cycle's computation over a whole loaded province on one machine: one {@link CycleSlice}, whose
 * province-wide figures (base rates, RFM cuts, assignment) are its own. The Spark job runs the same
 * slice steps per partition and adds the figures up between them.
 */
final class CycleComputation {

    private final CycleSettings settings;
    private final RuleSet rules;
    private final Progress progress;

    CycleComputation(CycleSettings settings, RuleSet rules, Progress progress) {
        this.settings = settings;
        this.rules = rules;
        this.progress = progress;
    }

    CycleOutcome compute(Province province, MonthContext months, PreviousAssignments previous, Timings timings) {
        return compute(province, months, previous, null, timings);
    }

    /** {@code churn}: the churn model to score with, or null (then the zones' base rates score everyone). */
    CycleOutcome compute(Province province, MonthContext months, PreviousAssignments previous, ChurnResult churn, Timings timings) {
        CycleSlice slice = new CycleSlice(settings, rules, progress, province, months, previous, churn);
        slice.classify();
        timings.lap("zones");
        slice.score(slice.observedRates());
        timings.lap("scores");
        slice.grade(slice.rfmValues().cuts());
        timings.lap("value");
        slice.evaluateRules();
        timings.lap("rules");
        AssignmentResult assigned = new Assigner(province.managers(), settings.customerManagerCapacity(), settings.phoneManagerCapacity())
                .assign(slice.assignmentRequests());
        timings.lap("assignment");
        List<RetentionTask> tasks = slice.plan(assigned);
        timings.lap("tasks");
        if (slice.hasModelScores()) {
            Set<String> chosen = ExplainedTasks.choose(tasks, slice::explainable, slice.explainLimit());
            slice.explain(chosen::contains);
            timings.lap("churn_reasons");
        }
        return slice.outcome();
    }
}
