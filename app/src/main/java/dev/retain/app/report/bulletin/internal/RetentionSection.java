package dev.retain.app.report.bulletin.internal;

import dev.retain.app.report.bulletin.Cell;
import dev.retain.app.report.bulletin.TrendSection;
import dev.retain.app.report.bulletin.internal.BulletinReadModel.Retention;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Retention and churn (SPEC R10.2's retention rate; seed 002's 高价值客户保有率): of the programme's customers in the
 * month before (a zone other than none and white), the share still active in the month, in all and for the
 * high-value tiers (diamond, gold); churn is the rest.
 */
@Component
class RetentionSection extends TrendSection {

    private final BulletinReadModel readModel;

    RetentionSection(BulletinReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    public String id() {
        return "retention";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    protected String titleKey() {
        return "report.bulletin.retention.title";
    }

    @Override
    protected List<Measure> measures() {
        return List.of(
                new Measure("report.bulletin.retention.high-value-rate", Cell.Kind.PERCENT, Total.SUM, true),
                new Measure("report.bulletin.retention.rate", Cell.Kind.PERCENT, Total.SUM, true),
                new Measure("report.bulletin.retention.churn-rate", Cell.Kind.PERCENT, Total.SUM, false),
                new Measure("report.bulletin.retention.churned", Cell.Kind.COUNT, Total.SUM, false));
    }

    @Override
    protected Map<String, Tally> tallies(YearMonth month) {
        Retention r = readModel.retention(month);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        if (r == null) return tallies;
        tallies.put("report.bulletin.retention.high-value-rate", Tally.of(r.highValueRetained(), r.highValueBase()));
        tallies.put("report.bulletin.retention.rate", Tally.of(r.retained(), r.base()));
        tallies.put("report.bulletin.retention.churn-rate", Tally.of(r.base() - r.retained(), r.base()));
        tallies.put("report.bulletin.retention.churned", Tally.count(r.base() - r.retained()));
        return tallies;
    }
}
