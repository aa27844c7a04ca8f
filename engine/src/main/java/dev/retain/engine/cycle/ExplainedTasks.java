package dev.retain.engine.cycle;

import dev.retain.engine.task.RetentionTask;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whose tasks get the churn model's reasons: reasons are read with a task, and SHAP costs about a
 * millisecond a row, so the most urgent tasks are explained, as many as the phone managers can call
 * in a month; the rest keep their score.
 */
public final class ExplainedTasks {

    /** Highest priority first; equal priorities by MSISDN, so every machine picks the same customers. */
    public static final Comparator<RetentionTask> URGENT_FIRST =
            Comparator.comparingLong(RetentionTask::priority).reversed().thenComparing(RetentionTask::msisdn);

    private ExplainedTasks() {
    }

    /** The MSISDNs of the first {@code limit} tasks in {@link #URGENT_FIRST} order whose customer the model scored. */
    public static Set<String> choose(List<RetentionTask> tasks, Predicate<String> explainable, int limit) {
        List<RetentionTask> urgent = new ArrayList<>(tasks);
        urgent.sort(URGENT_FIRST);
        Set<String> chosen = new HashSet<>();
        for (RetentionTask t : urgent) {
            if (chosen.size() == limit) break;
            if (explainable.test(t.msisdn())) chosen.add(t.msisdn());
        }
        return chosen;
    }
}
