package dev.retain.engine.cycle;

import dev.retain.engine.assign.AssignmentResult;
import dev.retain.engine.churn.ProvinceChurnModel;
import dev.retain.engine.load.Province;
import dev.retain.engine.task.RetentionTask;
import java.util.List;

/** Everything one cycle computed, before it is written anywhere; {@code churn} and {@code churnScores} are null without a model; {@code facts} fills any present customer's rule facts. */
record CycleOutcome(Province province, MonthContext months, SegmentColumns segments,
                    AssignmentResult assignments, List<RetentionTask> tasks, ChurnBaseRates rates,
                    ChurnResult churn, ProvinceChurnModel.Scored churnScores, FactsBuilder facts) {
}
