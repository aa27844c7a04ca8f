package dev.retain.app.report;

import dev.retain.app.assignment.ManagerCapacity;
import dev.retain.app.assignment.ManagerLoad;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The supervisor's picture of one cycle month: zone counts of the subscribers present,
 * movement between zones since the previous month (with those new and those gone), manager
 * load and shortage now, and overdue open tasks as of {@code today}.
 */
public record Dashboard(YearMonth month, YearMonth previousMonth, Map<String, Long> zoneCounts,
                        Map<String, Map<String, Long>> migration, List<ManagerLoad> managerLoads,
                        List<RegionShortage> shortages, ManagerCapacity capacity, List<OverdueCount> overdueByRegion,
                        List<OverdueCount> overdueByManager, LocalDate today) {

    /**
     * One region and role: programme customers, the active managers and their capacity
     * together, how much of it other regions' customers take, the managers missing for the
     * region's customers beyond what is left (at the role's default), and the customers
     * without a manager.
     */
    public record RegionShortage(String region, String role, long customers, long activeManagers, long activeCapacity,
                                 long heldForOtherRegions, long managersShort, long unassigned) {
    }

    /** Overdue open tasks of one team: a region, or a manager (key null: no manager). */
    public record OverdueCount(String key, String label, long tasks) {
    }

    public long zoneTotal() {
        return zoneCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The migration's columns: the zones, then "gone". */
    public Set<String> migrationColumns() {
        return migration.values().stream().findFirst().map(Map::keySet).orElse(zoneCounts.keySet());
    }

    public long migrationMax() {
        return migration.values().stream().flatMap(row -> row.values().stream()).mapToLong(Long::longValue).max().orElse(0);
    }

    public long migrationTotal() {
        return migration.values().stream().flatMap(row -> row.values().stream()).mapToLong(Long::longValue).sum();
    }
}
