package dev.retain.app.report;

import dev.retain.app.assignment.ManagerLoad;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The supervisor's picture of one cycle month: zone counts, movement between zones since the
 * previous month, manager load and shortage now, and overdue open tasks as of {@code today}.
 */
public record Dashboard(YearMonth month, YearMonth previousMonth, Map<String, Long> zoneCounts,
                        Map<String, Map<String, Long>> migration, List<ManagerLoad> managerLoads,
                        List<RegionShortage> shortages, List<OverdueCount> overdueByRegion,
                        List<OverdueCount> overdueByManager, LocalDate today) {

    /** One region and role: customers, active managers, the managers missing at the default ratio, and customers without a manager. */
    public record RegionShortage(String region, String role, long customers, long activeManagers, long managersShort,
                                 long unassigned) {
    }

    /** Overdue open tasks of one team: a region, or a manager (key null: no manager). */
    public record OverdueCount(String key, String label, long tasks) {
    }

    public long zoneTotal() {
        return zoneCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long migrationMax() {
        return migration.values().stream().flatMap(row -> row.values().stream()).mapToLong(Long::longValue).max().orElse(0);
    }

    public long migrationTotal() {
        return migration.values().stream().flatMap(row -> row.values().stream()).mapToLong(Long::longValue).sum();
    }
}
