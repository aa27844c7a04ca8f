package dev.retain.app.report.dashboard;

import dev.retain.app.customer.RegionNames;
import dev.retain.app.metrics.Breakdown;
import dev.retain.app.metrics.Metric;
import dev.retain.app.metrics.MetricValue;
import dev.retain.app.metrics.Metrics;
import dev.retain.app.report.dashboard.DashboardManagersReadModel.DashboardManager;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The dashboards of R12.1 from metrics' aggregates (a few hundred rows a page, whatever the province's size): the
 * province's figures and the chosen breakdown's rows, limited to one branch when asked (a branch's own row; the teams
 * and managers of managers.csv's branch) or to one manager (a manager's own view).
 */
@Service
class ManagementDashboards {

    private final Metrics metrics;
    private final DashboardManagersReadModel managers;
    private final RegionNames regionNames;
    private final MessageSource messages;

    ManagementDashboards(Metrics metrics, DashboardManagersReadModel managers, RegionNames regionNames, MessageSource messages) {
        this.metrics = metrics;
        this.messages = messages;
        this.managers = managers;
        this.regionNames = regionNames;
    }

    List<YearMonth> months() {
        return metrics.months();
    }

    /** {@code branch} a region/branch key or null; {@code onlyManager} not null: that manager's row alone. */
    DashboardView of(YearMonth month, Breakdown breakdown, String branch, String onlyManager, Locale locale) {
        Map<String, DashboardManager> byId = managers.all();
        Map<Metric, MetricValue> province = byMetric(metrics.of(month, Breakdown.ALL));
        Map<String, Map<Metric, MetricValue>> byKey = new LinkedHashMap<>();
        for (MetricValue v : metrics.of(month, breakdown)) {
            byKey.computeIfAbsent(v.key(), k -> new EnumMap<>(Metric.class)).put(v.metric(), v);
        }
        Set<String> keep = keep(breakdown, branch, onlyManager, byId);
        List<DashboardView.Row> rows = new ArrayList<>();
        byKey.forEach((key, values) -> {
            if (keep == null || keep.contains(key)) rows.add(new DashboardView.Row(key, label(breakdown, key, byId, locale), values));
        });
        return new DashboardView(month, breakdown, branch, onlyManager == null ? province : Map.of(), rows);
    }

    /** The keys a filter keeps; null: all. */
    private static Set<String> keep(Breakdown breakdown, String branch, String onlyManager, Map<String, DashboardManager> byId) {
        if (onlyManager != null) return Set.of(onlyManager);
        if (branch == null) return null;
        return switch (breakdown) {
            case BRANCH -> Set.of(branch);
            case TEAM -> byId.values().stream().filter(m -> branch.equals(m.branchKey()) && m.team() != null)
                    .map(DashboardManager::team).collect(Collectors.toSet());
            case MANAGER -> byId.values().stream().filter(m -> branch.equals(m.branchKey())).map(DashboardManager::id)
                    .collect(Collectors.toSet());
            case ALL, TIER -> null;
        };
    }

    /** The branches with figures this month, as region/branch keys with their names. */
    Map<String, String> branches(YearMonth month, Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        for (MetricValue v : metrics.of(month, Breakdown.BRANCH)) {
            out.computeIfAbsent(v.key(), k -> label(Breakdown.BRANCH, k, Map.of(), locale));
        }
        return out;
    }

    private String label(Breakdown breakdown, String key, Map<String, DashboardManager> byId, Locale locale) {
        if (key.isEmpty()) return null; // the page says "none"
        return switch (breakdown) {
            case BRANCH -> {
                String[] rb = key.split("/", 2);
                String region = regionNames.region(rb[0], locale);
                yield rb.length < 2 || rb[1].isEmpty() ? region : region + "/" + regionNames.branch(rb[0], rb[1], locale);
            }
            case TIER -> messages.getMessage("tier." + key, null, key, locale);
            case MANAGER -> byId.containsKey(key) ? key + " " + byId.get(key).name() : key;
            default -> key;
        };
    }

    private static Map<Metric, MetricValue> byMetric(List<MetricValue> values) {
        Map<Metric, MetricValue> m = new EnumMap<>(Metric.class);
        values.forEach(v -> m.put(v.metric(), v));
        return m;
    }
}
