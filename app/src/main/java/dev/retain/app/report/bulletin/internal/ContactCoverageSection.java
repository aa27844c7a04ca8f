package dev.retain.app.report.bulletin.internal;

import dev.retain.app.report.bulletin.Cell;
import dev.retain.app.report.bulletin.TrendSection;
import dev.retain.app.report.bulletin.internal.BulletinReadModel.Coverage;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Contact coverage (the seed's service frequency, 78.47 %): the share of the programme's customers with a manager who
 * were contacted in the month (docs/contact-frequency.md's definition of a contact). A quarter's share weighs its
 * months by their customers.
 */
@Component
class ContactCoverageSection extends TrendSection {

    private final BulletinReadModel readModel;

    ContactCoverageSection(BulletinReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    public String id() {
        return "contact";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    protected String titleKey() {
        return "report.bulletin.contact.title";
    }

    @Override
    protected List<Measure> measures() {
        return List.of(
                new Measure("report.bulletin.contact.customers", Cell.Kind.COUNT, Total.LAST, false),
                new Measure("report.bulletin.contact.contacted", Cell.Kind.COUNT, Total.LAST, false),
                new Measure("report.bulletin.contact.coverage", Cell.Kind.PERCENT, Total.SUM, true));
    }

    @Override
    protected Map<String, Tally> tallies(YearMonth month) {
        Coverage c = readModel.coverage(month);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        tallies.put("report.bulletin.contact.customers", Tally.count(c.customers()));
        tallies.put("report.bulletin.contact.contacted", Tally.count(c.contacted()));
        tallies.put("report.bulletin.contact.coverage", Tally.of(c.contacted(), c.customers()));
        return tallies;
    }
}
