package dev.retain.app.report.bulletin.internal;

import dev.retain.app.report.bulletin.Cell;
import dev.retain.app.report.bulletin.ReportPeriod;
import dev.retain.app.report.bulletin.ReportWords;
import dev.retain.app.report.bulletin.SectionContent.Chart;
import dev.retain.app.report.bulletin.SectionContent.Table;
import dev.retain.app.report.bulletin.TrendSection;
import dev.retain.app.report.bulletin.internal.BulletinReadModel.CampaignMonth;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Campaign results (issue 15): members the month's runs added, conversions recorded in the month, and the conversion
 * rate of the treated against the holdout (the uplift the campaign module reports); a table per campaign active in
 * the period.
 */
@Component
class CampaignsSection extends TrendSection {

    private final BulletinReadModel readModel;

    CampaignsSection(BulletinReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    public String id() {
        return "campaigns";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String titleKey() {
        return "report.bulletin.campaigns.title";
    }

    @Override
    protected List<Measure> measures() {
        return List.of(
                new Measure("report.bulletin.campaigns.campaigns", Cell.Kind.COUNT, Total.SUM, false),
                new Measure("report.bulletin.campaigns.treated", Cell.Kind.COUNT, Total.SUM, true),
                new Measure("report.bulletin.campaigns.converted", Cell.Kind.COUNT, Total.SUM, false),
                new Measure("report.bulletin.campaigns.treated-rate", Cell.Kind.PERCENT, Total.SUM, true),
                new Measure("report.bulletin.campaigns.holdout-rate", Cell.Kind.PERCENT, Total.SUM, false));
    }

    @Override
    protected Map<String, Tally> tallies(YearMonth month) {
        long campaigns = 0, treated = 0, holdout = 0, treatedConverted = 0, holdoutConverted = 0;
        for (CampaignMonth c : readModel.campaigns(month, month)) {
            campaigns++;
            treated += c.treated();
            holdout += c.holdout();
            treatedConverted += c.treatedConverted();
            holdoutConverted += c.holdoutConverted();
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        tallies.put("report.bulletin.campaigns.campaigns", Tally.count(campaigns));
        tallies.put("report.bulletin.campaigns.treated", Tally.count(treated));
        tallies.put("report.bulletin.campaigns.converted", Tally.count(treatedConverted + holdoutConverted));
        tallies.put("report.bulletin.campaigns.treated-rate", Tally.of(treatedConverted, treated));
        tallies.put("report.bulletin.campaigns.holdout-rate", Tally.of(holdoutConverted, holdout));
        return tallies;
    }

    @Override
    protected void extras(ReportPeriod period, ReportWords words, List<Table> tables, List<Chart> charts) {
        List<List<Cell>> rows = new ArrayList<>();
        for (CampaignMonth c : readModel.campaigns(period.months().get(0), period.lastMonth())) {
            Double treatedRate = c.treated() == 0 ? null : 100.0 * c.treatedConverted() / c.treated();
            Double holdoutRate = c.holdout() == 0 ? null : 100.0 * c.holdoutConverted() / c.holdout();
            rows.add(List.of(Cell.text(c.name()), Cell.text(words.get("report.bulletin.campaigns.channel." + c.channel())),
                    Cell.count(c.treated()), Cell.count(c.holdout()), Cell.count(c.treatedConverted()), Cell.count(c.holdoutConverted()),
                    Cell.percent(treatedRate), Cell.percent(holdoutRate),
                    Cell.decimal(treatedRate == null || holdoutRate == null ? null : treatedRate - holdoutRate)));
        }
        tables.add(new Table(words.get("report.bulletin.campaigns.table"), List.of(words.get("report.bulletin.campaigns.name"),
                words.get("report.bulletin.campaigns.channel"), words.get("report.bulletin.campaigns.treated"),
                words.get("report.bulletin.campaigns.holdout"), words.get("report.bulletin.campaigns.treated-converted"),
                words.get("report.bulletin.campaigns.holdout-converted"), words.get("report.bulletin.campaigns.treated-rate"),
                words.get("report.bulletin.campaigns.holdout-rate"), words.get("report.bulletin.campaigns.uplift")), rows));
    }
}
