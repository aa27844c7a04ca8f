package dev.retain.app.report.bulletin.internal;

import dev.retain.app.report.bulletin.Cell;
import dev.retain.app.report.bulletin.TrendSection;
import dev.retain.app.report.bulletin.internal.BulletinReadModel.Loop;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The closed loop (SPEC R4.5) as of the month: the tasks of the month before, judged in this month's cycle — still
 * active, and in a better zone (the outcome module's definitions). No figures while this month has no cycle.
 */
@Component
class ClosedLoopSection extends TrendSection {

    private final BulletinReadModel readModel;

    ClosedLoopSection(BulletinReadModel readModel) {
        this.readModel = readModel;
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
    protected String titleKey() {
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
        Loop l = readModel.closedLoop(month.minusMonths(1));
        Map<String, Tally> tallies = new LinkedHashMap<>();
        if (l == null) return tallies;
        tallies.put("report.bulletin.loop.tasks", Tally.count(l.tasks()));
        tallies.put("report.bulletin.loop.active-rate", Tally.of(l.active(), l.tasks()));
        tallies.put("report.bulletin.loop.better-rate", Tally.of(l.better(), l.tasks()));
        return tallies;
    }
}
