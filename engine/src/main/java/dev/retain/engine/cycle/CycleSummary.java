package dev.retain.engine.cycle;

import dev.retain.engine.assign.Assignment;
import dev.retain.engine.assign.ManagersShort;
import dev.retain.engine.csv.FileLoad;
import dev.retain.engine.value.Tier;
import dev.retain.engine.ml.ModelVersion;
import dev.retain.engine.value.Zone;
import dev.retain.engine.rules.RuleSet;
import dev.retain.engine.task.RetentionTask;
import dev.retain.engine.zone.ZoneRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * summary.json: counts per zone and tier, the migration matrix from last month's zone,
 * churn rate and lift per zone, tasks per kind, assignments per reason, managers short,
 * rejects per file, rule errors, timings. Also the source of the closing console line.
 */
public final class CycleSummary {

    private final Map<String, Object> content;

    private CycleSummary(Map<String, Object> content) {
        this.content = content;
    }

    static CycleSummary of(CycleOutcome o, RuleSet rules, List<FileLoad> loads, Timings timings) {
        Map<String, Object> s = new LinkedHashMap<>();
        SegmentColumns seg = o.segments();
        int n = seg.size();
        s.put("month", o.months().month().toString());
        s.put("subscribers", n);

        Map<String, Long> zones = zeroes(Zone.values());
        Map<String, Long> tiers = zeroes(Tier.values());
        Map<String, Long> zoneRules = new LinkedHashMap<>();
        for (ZoneRule r : ZoneRule.values()) zoneRules.put(r.code(), 0L);
        Map<String, Map<String, Long>> migration = new LinkedHashMap<>();
        long left = 0;
        for (int i = 0; i < n; i++) {
            ZoneRule now = seg.zone(i);
            ZoneRule before = seg.previousZone(i);
            zoneRules.merge(now.code(), 1L, Long::sum);
            if (now.left() && !before.left()) left++;
            if (!now.left()) {
                zones.merge(now.zone().code(), 1L, Long::sum);
                tiers.merge(seg.tier(i).code(), 1L, Long::sum);
            }
            if (before.left() && now.left()) continue; // neither here last month nor now
            String from = before.left() ? "absent" : before.zone().code();
            String to = now.left() ? "gone" : now.zone().code();
            migration.computeIfAbsent(from, k -> new TreeMap<>()).merge(to, 1L, Long::sum);
        }
        s.put("zones", zones);
        s.put("zone_rules", zoneRules);
        s.put("churned_this_month", left);
        s.put("tiers", tiers);
        s.put("tiers_from_rules", countTrue(seg.tierFromRules));
        s.put("migration", migration);

        Map<String, Object> churn = new LinkedHashMap<>();
        churn.put("overall_rate", o.rates().overall());
        for (Zone z : Zone.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("last_month_count", o.rates().observed(z));
            row.put("rate", o.rates().rate(z));
            row.put("lift", o.rates().lift(z));
            churn.put(z.code(), row);
        }
        s.put("churn_by_zone", churn);
        s.put("churn_model", churnModel(o));

        Map<String, Long> kinds = new TreeMap<>();
        Map<String, Long> reasons = new TreeMap<>();
        for (RetentionTask t : o.tasks()) {
            kinds.merge(t.kind().code(), 1L, Long::sum);
            for (String r : t.reasons()) reasons.merge(r, 1L, Long::sum);
        }
        s.put("tasks", o.tasks().size());
        s.put("tasks_per_kind", kinds);
        s.put("tasks_per_rule", reasons);

        Map<String, Long> assignmentReasons = new TreeMap<>();
        for (Assignment a : o.assignments().assignments()) assignmentReasons.merge(a.reason().code(), 1L, Long::sum);
        s.put("assigned_customers", o.assignments().assignments().size());
        s.put("assignments_per_reason", assignmentReasons);
        putShortages(s, o.assignments().shortages());
        s.put("inputs", inputs(loads));
        Map<String, Long> ruleErrors = new TreeMap<>();
        for (int r = 0; r < rules.rules().size(); r++) {
            if (rules.errors(r) > 0) ruleErrors.put(rules.rules().get(r).id(), rules.errors(r));
        }
        s.put("rule_evaluation_errors", ruleErrors);
        s.put("timings_ms", new LinkedHashMap<>(timings.laps()));
        return new CycleSummary(s);
    }

    /** managers_short_total and managers_short: the shortage per region and role. */
    public static void putShortages(Map<String, Object> summary, List<ManagersShort> shortages) {
        List<Map<String, Object>> rows = new ArrayList<>();
        long total = 0;
        for (ManagersShort m : shortages) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("region", m.region());
            row.put("role", m.role().code());
            row.put("customers", m.customers());
            row.put("capacity", m.capacity());
            row.put("managers_short", m.managersShort());
            rows.add(row);
            total += m.managersShort();
        }
        summary.put("managers_short_total", total);
        summary.put("managers_short", rows);
    }

    /** inputs: each file's rows, loaded, rejected and skipped, and its rejects report's name when it has one. */
    public static Map<String, Object> inputs(List<FileLoad> loads) {
        Map<String, Object> files = new LinkedHashMap<>();
        for (FileLoad f : loads) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rows", f.rows());
            row.put("loaded", f.loaded());
            row.put("rejected", f.rejected());
            row.put("skipped_other_months", f.skipped());
            if (f.rejectsFile() != null) row.put("rejects_file", f.rejectsFile().getFileName().toString());
            files.put(f.file(), row);
        }
        return files;
    }

    public Map<String, Object> content() {
        return content;
    }

    public String toJson() {
        return SummaryJson.write(content);
    }

    /** summary.json's text for figures put together elsewhere (the Spark job adds up its partitions'). */
    public static String json(Map<String, Object> content) {
        return SummaryJson.write(content);
    }

    @SuppressWarnings("unchecked")
    public long zoneCount(Zone zone) {
        return ((Map<String, Long>) content.get("zones")).get(zone.code());
    }

    public long tasks() {
        return ((Number) content.get("tasks")).longValue();
    }

    private static Map<String, Long> zeroes(Enum<?>[] values) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Enum<?> v : values) m.put(v.name().toLowerCase(java.util.Locale.ROOT), 0L);
        return m;
    }

    private static long countTrue(boolean[] flags) {
        long c = 0;
        for (boolean f : flags) if (f) c++;
        return c;
    }

    /** What scored the month: the model's version and measures, or why the base rates did. */
    private static Map<String, Object> churnModel(CycleOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        ChurnResult churn = o.churn();
        if (churn == null || !churn.hasModel()) {
            m.put("source", "base_rates");
            if (churn != null) m.put("why", churn.whyNone());
            return m;
        }
        ModelVersion v = churn.model().version();
        m.put("source", churn.source());
        m.put("millis", churn.millis());
        m.put("training_window", v.trainingWindow());
        m.put("validation", v.validation());
        m.put("train_rows", v.trainRows());
        m.put("valid_rows", v.validRows());
        m.put("best_iteration", v.bestIteration());
        if (v.metrics() != null) m.put("xgboost", v.metrics().summary());
        if (v.baselineMetrics() != null) m.put("logistic_baseline", v.baselineMetrics().summary());
        long scored = 0;
        long explained = 0;
        if (o.churnScores() != null) {
            for (int i = 0; i < o.churnScores().score().length; i++) {
                if (!Float.isNaN(o.churnScores().score()[i])) scored++;
                if (o.churnScores().reason(i, 0) >= 0) explained++;
            }
        }
        m.put("scored", scored);
        m.put("explained", explained);
        m.put("explain_limit", churn.explainLimit());
        m.put("notes", new TreeMap<>(v.notes()));
        return m;
    }
}
