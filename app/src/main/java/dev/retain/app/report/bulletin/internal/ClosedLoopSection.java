package dev.retain.app.report.bulletin.internal;

import dev.retain.app.outcome.ClosedLoop;
import dev.retain.app.outcome.OutcomeRate;
import dev.retain.app.report.bulletin.Cell;
import dev.retain.app.report.bulletin.TrendSection;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The closed loop (SPEC R4.5) as of the month: the tasks of the month before, judged in this month's cycle — still
 * active, and in a better zone: the outcome module's figures (its stored per-month groupings, the same the closed-loop
 * page shows: every task of the month, cancelled ones too). No figures while this month has no cycle.
 */
@Component
class ClosedLoopSection extends TrendSection {

    private final ClosedLoop closedLoop;

    ClosedLoopSection(ClosedLoop closedLoop) {
        this.closedLoop = closedLoop;
    }

    @Override
    public String id() {
        return "closed-loop";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String titleKey() {
        return "report.bulletin.loop.title";
    }

    @Override
    protected List<Measure> measures() {
        return List.of(
                new Measure("report.bulletin.loop.tasks", Cell.Kind.COUNT, Total.SUM, false),
                new Measure("report.bulletin.loop.active-rate", Cell.Kind.PERCENT, Total.SUM, true),
                new Measure("report.bulletin.loop.better-rate", Cell.Kind.PERCENT, Total.SUM, false));
    }

    @Override
    protected Map<String, Tally> tallies(YearMonth month) {
        OutcomeRate l = closedLoop.byManager(month.minusMonths(1)).values().stream().reduce(OutcomeRate.NONE, OutcomeRate::plus);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        // this month's cycle has not judged them yet, or the month before had no tasks: no figures rather than zeros
        if (l.pending() > 0 || l.measured() == 0) return tallies;
        tallies.put("report.bulletin.loop.tasks", Tally.count(l.measured()));
        tallies.put("report.bulletin.loop.active-rate", Tally.of(l.active(), l.measured()));
        tallies.put("report.bulletin.loop.better-rate", Tally.of(l.better(), l.measured()));
        return tallies;
    }
}
