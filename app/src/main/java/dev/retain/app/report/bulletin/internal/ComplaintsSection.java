package dev.retain.app.report.bulletin.internal;

import dev.retain.app.report.bulletin.Cell;
import dev.retain.app.report.bulletin.TrendSection;
import dev.retain.app.report.bulletin.internal.BulletinReadModel.Complaints;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Complaints and their time limits (R9): received and closed in the month, the share of those closed whose work order
 * was closed within its time limit (the work order's due time, holidays and pauses counted by the workorder module),
 * the closing callbacks' mean satisfaction (1–5), and repeat complaints.
 */
@Component
class ComplaintsSection extends TrendSection {

    private final BulletinReadModel readModel;

    ComplaintsSection(BulletinReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    public String id() {
        return "complaints";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String titleKey() {
        return "report.bulletin.complaints.title";
    }

    @Override
    protected List<Measure> measures() {
        return List.of(
                new Measure("report.bulletin.complaints.received", Cell.Kind.COUNT, Total.SUM, true),
                new Measure("report.bulletin.complaints.closed", Cell.Kind.COUNT, Total.SUM, false),
                new Measure("report.bulletin.complaints.in-time-rate", Cell.Kind.PERCENT, Total.SUM, true),
                new Measure("report.bulletin.complaints.satisfaction", Cell.Kind.DECIMAL, Total.SUM, false),
                new Measure("report.bulletin.complaints.repeats", Cell.Kind.COUNT, Total.SUM, false));
    }

    @Override
    protected Map<String, Tally> tallies(YearMonth month) {
        Complaints c = readModel.complaints(month);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        tallies.put("report.bulletin.complaints.received", Tally.count(c.received()));
        tallies.put("report.bulletin.complaints.closed", Tally.count(c.closed()));
        tallies.put("report.bulletin.complaints.in-time-rate", Tally.of(c.closedInTime(), c.closedWithLimit()));
        tallies.put("report.bulletin.complaints.satisfaction", Tally.of(c.scoreSum(), c.scored()));
        tallies.put("report.bulletin.complaints.repeats", Tally.count(c.repeats()));
        return tallies;
    }
}
