package dev.retain.app.report;

import dev.retain.app.assignment.Assignments;
import dev.retain.app.assignment.ManagerCapacity;
import dev.retain.app.assignment.ManagerLoad;
import dev.retain.app.report.Dashboard.RegionShortage;
import dev.retain.app.report.internal.DashboardReadModel;
import dev.retain.app.report.internal.DashboardReadModel.RegionDemand;
import dev.retain.app.segment.Segments;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Builds the supervisor dashboard (R12.1) for a cycle month; the newest segmented month by
 * default. Zone counts and migration are the segment module's definitions, manager capacity
 * the assignment module's; this class only puts them together.
 */
@Service
public class SupervisorDashboard {

    private final Segments segments;
    private final Assignments assignments;
    private final DashboardReadModel counts;
    private final Clock clock;

    SupervisorDashboard(Segments segments, Assignments assignments, DashboardReadModel counts, Clock clock) {
        this.segments = segments;
        this.assignments = assignments;
        this.counts = counts;
        this.clock = clock;
    }

    public List<YearMonth> months() {
        return segments.months();
    }

    public Optional<YearMonth> newestMonth() {
        return segments.latestMonth();
    }

    public Dashboard of(YearMonth month) {
        YearMonth previous = month.minusMonths(1);
        LocalDate today = LocalDate.now(clock);
        ManagerCapacity capacity = assignments.capacity();
        List<ManagerLoad> all = assignments.managers();
        // inactive managers still holding customers are shown: their customers need a new home
        List<ManagerLoad> loads = all.stream().filter(m -> m.active() || m.load() > 0).toList();
        return new Dashboard(month, previous, segments.zoneCounts(month), segments.migration(previous, month), loads,
                shortages(all, capacity, counts.regionDemand(segments.latestMonth().orElse(null))), capacity, counts.overdueByRegion(today), counts.overdueByManager(today), today);
    }

    /**
     * Per region and role with customers: the active managers and what they can serve
     * together (each at their own capacity), less the room other regions' customers already
     * take (a group's account manager, a phone overflow), and the managers short for the
     * region's customers beyond what is left, at the role's default. So a region whose customers
     * went unassigned for lack of room is always short, even when its managers' capacity alone
     * would cover its own customers. Only regions short of managers or with unassigned
     * customers are listed.
     */
    private List<RegionShortage> shortages(List<ManagerLoad> managers, ManagerCapacity capacity, RegionDemand regions) {
        Map<String, Long> heldForOthers = new HashMap<>();
        regions.heldForOtherRegions().forEach(h -> heldForOthers.put(h.region() + '\u0000' + h.role(), h.customers()));
        Map<String, long[]> staff = new HashMap<>();
        for (ManagerLoad m : managers) {
            if (!m.active()) continue;
            long[] s = staff.computeIfAbsent(m.region() + '\u0000' + m.role(), k -> new long[2]);
            s[0]++;
            s[1] += m.capacity();
        }
        return regions.demand().stream().map(d -> {
            String key = d.region() + '\u0000' + d.role();
            long[] s = staff.getOrDefault(key, new long[2]);
            long held = heldForOthers.getOrDefault(key, 0L);
            long leftForOwn = Math.max(0, s[1] - held);
            return new RegionShortage(d.region(), d.role(), d.customers(), s[0], s[1], held,
                    capacity.managersShort(d.role(), d.customers(), leftForOwn), d.unassigned());
        }).filter(r -> r.managersShort() > 0 || r.unassigned() > 0).toList();
    }
}
