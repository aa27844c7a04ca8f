package dev.retain.app.report.bulletin.internal;

import dev.retain.app.report.bulletin.Cell;
import dev.retain.app.report.bulletin.TrendSection;
import dev.retain.app.report.bulletin.internal.BulletinReadModel.Tasks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The retention tasks of the work month: how many, the share done, the share done by the due date, and the overdue
 * ones (still open past the due date today, or done after it).
 */
@Component
class TasksSection extends TrendSection {

    private final BulletinReadModel readModel;
    private final Clock clock;

    TasksSection(BulletinReadModel readModel, Clock clock) {
        this.readModel = readModel;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "tasks";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "report.bulletin.tasks.title";
    }

    @Override
    protected List<Measure> measures() {
        return List.of(
                new Measure("report.bulletin.tasks.tasks", Cell.Kind.COUNT, Total.SUM, false),
                new Measure("report.bulletin.tasks.done-rate", Cell.Kind.PERCENT, Total.SUM, true),
                new Measure("report.bulletin.tasks.on-time-rate", Cell.Kind.PERCENT, Total.SUM, false),
                new Measure("report.bulletin.tasks.overdue", Cell.Kind.COUNT, Total.SUM, true));
    }

    @Override
    protected Map<String, Tally> tallies(YearMonth month) {
        Tasks t = readModel.tasks(month, LocalDate.now(clock));
        Map<String, Tally> tallies = new LinkedHashMap<>();
        tallies.put("report.bulletin.tasks.tasks", Tally.count(t.tasks()));
        tallies.put("report.bulletin.tasks.done-rate", Tally.of(t.done(), t.tasks() - t.cancelled()));
        tallies.put("report.bulletin.tasks.on-time-rate", Tally.of(t.doneOnTime(), t.tasks() - t.cancelled()));
        tallies.put("report.bulletin.tasks.overdue", Tally.count(t.overdue()));
        return tallies;
    }
}
