package dev.retain.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * summary.json from the slices' summaries: counts are added up (zones, tiers, migration, tasks, assignments,
 * rule errors), anything else is the same in every slice and taken from the first. The province-wide parts
 * (inputs, managers short, timings) are then put in by the job.
 */
final class SummaryMerge {

    /** Top-level keys whose numbers (or maps of numbers) are counts to add up. */
    private static final Set<String> COUNTS = Set.of("subscribers", "zones", "zone_rules", "churned_this_month", "tiers", "tiers_from_rules",
            "migration", "tasks", "tasks_per_kind", "tasks_per_rule", "assigned_customers", "assignments_per_reason",
            "rule_evaluation_errors");
    /** Counts inside churn_model. */
    private static final Set<String> MODEL_COUNTS = Set.of("scored", "explained");

    private SummaryMerge() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(List<Map<String, Object>> slices) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Map<String, Object> s : slices) {
            for (Map.Entry<String, Object> e : s.entrySet()) {
                String key = e.getKey();
                Object mine = merged.get(key);
                if (mine == null) {
                    merged.put(key, copy(e.getValue()));
                } else if (COUNTS.contains(key)) {
                    merged.put(key, add(mine, e.getValue()));
                } else if (key.equals("churn_model") && mine instanceof Map<?, ?> m) {
                    Map<String, Object> model = (Map<String, Object>) m;
                    ((Map<String, Object>) e.getValue()).forEach((k, v) -> {
                        if (MODEL_COUNTS.contains(k)) model.merge(k, v, SummaryMerge::add);
                    });
                }
            }
        }
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static Object add(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) return x.longValue() + y.longValue();
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            Map<String, Object> sum = x instanceof TreeMap ? new TreeMap<>((Map<String, Object>) x) : new LinkedHashMap<>((Map<String, Object>) x);
            ((Map<String, Object>) y).forEach((k, v) -> sum.merge(k, v, SummaryMerge::add));
            return sum;
        }
        throw new IllegalStateException("cannot add " + a + " and " + b);
    }

    @SuppressWarnings("unchecked")
    private static Object copy(Object v) {
        if (v instanceof TreeMap<?, ?> m) {
            TreeMap<String, Object> c = new TreeMap<>();
            ((Map<String, Object>) m).forEach((k, x) -> c.put(k, copy(x)));
            return c;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> c = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, x) -> c.put(k, copy(x)));
            return c;
        }
        return v;
    }
}
