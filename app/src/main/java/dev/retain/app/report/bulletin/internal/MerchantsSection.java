package dev.retain.app.report.bulletin.internal;

import dev.retain.app.report.bulletin.Cell;
import dev.retain.app.report.bulletin.ReportPeriod;
import dev.retain.app.report.bulletin.ReportWords;
import dev.retain.app.report.bulletin.SectionContent.Chart;
import dev.retain.app.report.bulletin.SectionContent.Table;
import dev.retain.app.report.bulletin.TrendSection;
import dev.retain.app.report.bulletin.internal.BulletinReadModel.MerchantActivity;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Merchant activity (issue 14): the redemptions at partner merchants in the month (reversed ones left out), the points
 * spent, the merchants with any, and the most active merchants of the period.
 */
@Component
class MerchantsSection extends TrendSection {

    /** The table lists this many merchants, most redemptions first. */
    static final int TOP = 10;

    private final BulletinReadModel readModel;

    MerchantsSection(BulletinReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    public String id() {
        return "merchants";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String titleKey() {
        return "report.bulletin.merchants.title";
    }

    @Override
    protected List<Measure> measures() {
        return List.of(
                new Measure("report.bulletin.merchants.active", Cell.Kind.COUNT, Total.SUM, false),
                new Measure("report.bulletin.merchants.redemptions", Cell.Kind.COUNT, Total.SUM, true),
                new Measure("report.bulletin.merchants.points", Cell.Kind.COUNT, Total.SUM, false));
    }

    @Override
    protected Map<String, Tally> tallies(YearMonth month) {
        long merchants = 0, redemptions = 0, points = 0;
        for (MerchantActivity m : readModel.merchants(month, month)) {
            merchants++;
            redemptions += m.redemptions();
            points += m.points();
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        tallies.put("report.bulletin.merchants.active", Tally.count(merchants));
        tallies.put("report.bulletin.merchants.redemptions", Tally.count(redemptions));
        tallies.put("report.bulletin.merchants.points", Tally.count(points));
        return tallies;
    }

    @Override
    protected void extras(ReportPeriod period, ReportWords words, List<Table> tables, List<Chart> charts) {
        List<List<Cell>> rows = new ArrayList<>();
        for (MerchantActivity m : readModel.merchants(period.months().get(0), period.lastMonth()).stream().limit(TOP).toList()) {
            rows.add(List.of(Cell.text(m.name()), Cell.text(words.get("report.bulletin.merchants.club." + m.club())),
                    Cell.count(m.redemptions()), Cell.count(m.customers()), Cell.count(m.points()), Cell.decimal(m.valueFen() / 100.0)));
        }
        tables.add(new Table(words.get("report.bulletin.merchants.table", TOP), List.of(words.get("report.bulletin.merchants.name"),
                words.get("report.bulletin.merchants.club"), words.get("report.bulletin.merchants.redemptions"),
                words.get("report.bulletin.merchants.customers"), words.get("report.bulletin.merchants.points"),
                words.get("report.bulletin.merchants.value")), rows));
    }
}
