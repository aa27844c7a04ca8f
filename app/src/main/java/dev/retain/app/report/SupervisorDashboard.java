package dev.retain.app.report;

import dev.retain.app.assignment.Assignments;
import dev.retain.app.assignment.ManagerLoad;
import dev.retain.app.report.internal.DashboardQueries;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Builds the supervisor dashboard (R12.1) for a cycle month; the newest segmented month by default. */
@Service
public class SupervisorDashboard {

    private final DashboardQueries queries;
    private final Assignments assignments;
    private final Clock clock;

    SupervisorDashboard(DashboardQueries queries, Assignments assignments, Clock clock) {
        this.queries = queries;
        this.assignments = assignments;
        this.clock = clock;
    }

    public List<YearMonth> months() {
        return queries.segmentMonths();
    }

    public Optional<YearMonth> newestMonth() {
        return queries.newestSegmentMonth();
    }

    public Dashboard of(YearMonth month) {
        YearMonth previous = month.minusMonths(1);
        LocalDate today = LocalDate.now(clock);
        // inactive managers still holding customers are shown: their customers need a new home
        List<ManagerLoad> loads = assignments.managers().stream().filter(m -> m.active() || m.load() > 0).toList();
        return new Dashboard(month, previous, queries.zoneCounts(month), queries.migration(previous, month), loads,
                queries.shortages(), queries.overdueByRegion(today), queries.overdueByManager(today), today);
    }
}
