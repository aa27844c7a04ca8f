package dev.retain.app.report.bulletin.internal;

import dev.retain.app.report.bulletin.Cell;
import dev.retain.app.report.bulletin.TrendSection;
import dev.retain.app.report.bulletin.internal.BulletinReadModel.Inspections;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Inspections (组巡检查, R12.4): the findings of the month's verification visits and calls, and what they found right. */
@Component
class InspectionsSection extends TrendSection {

    private final BulletinReadModel readModel;

    InspectionsSection(BulletinReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    public String id() {
        return "inspections";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String titleKey() {
        return "report.bulletin.inspections.title";
    }

    @Override
    protected List<Measure> measures() {
        return List.of(
                new Measure("report.bulletin.inspections.findings", Cell.Kind.COUNT, Total.SUM, false),
                new Measure("report.bulletin.inspections.profile-correct", Cell.Kind.PERCENT, Total.SUM, true),
                new Measure("report.bulletin.inspections.knows-manager", Cell.Kind.PERCENT, Total.SUM, false),
                new Measure("report.bulletin.inspections.service-received", Cell.Kind.PERCENT, Total.SUM, false));
    }

    @Override
    protected Map<String, Tally> tallies(YearMonth month) {
        Inspections f = readModel.inspections(month);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        tallies.put("report.bulletin.inspections.findings", Tally.count(f.findings()));
        tallies.put("report.bulletin.inspections.profile-correct", Tally.of(f.profileCorrect(), f.findings()));
        tallies.put("report.bulletin.inspections.knows-manager", Tally.of(f.knowsManager(), f.findings()));
        tallies.put("report.bulletin.inspections.service-received", Tally.of(f.serviceReceived(), f.findings()));
        return tallies;
    }
}
