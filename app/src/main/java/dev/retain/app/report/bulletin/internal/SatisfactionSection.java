package dev.retain.app.report.bulletin.internal;

import dev.retain.app.report.bulletin.Cell;
import dev.retain.app.report.bulletin.TrendSection;
import dev.retain.app.report.bulletin.internal.BulletinReadModel.Surveys;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Satisfaction from the month's survey answers (R10.1): the responses, the NPS (promoters 9–10 less detractors 0–6,
 * in points of the responses), awareness of the manager, and the mean perception of the six dimensions (1–7) with its
 * mean gap to the expectation (seed 000's service-quality gap: negative when service falls short).
 */
@Component
class SatisfactionSection extends TrendSection {

    private final BulletinReadModel readModel;

    SatisfactionSection(BulletinReadModel readModel) {
        this.readModel = readModel;
    }

    @Override
    public String id() {
        return "satisfaction";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String titleKey() {
        return "report.bulletin.satisfaction.title";
    }

    @Override
    protected List<Measure> measures() {
        return List.of(
                new Measure("report.bulletin.satisfaction.responses", Cell.Kind.COUNT, Total.SUM, false),
                new Measure("report.bulletin.satisfaction.nps", Cell.Kind.DECIMAL, Total.SUM, true),
                new Measure("report.bulletin.satisfaction.awareness", Cell.Kind.PERCENT, Total.SUM, true),
                new Measure("report.bulletin.satisfaction.perception", Cell.Kind.DECIMAL, Total.SUM, false),
                new Measure("report.bulletin.satisfaction.gap", Cell.Kind.DECIMAL, Total.SUM, false));
    }

    @Override
    protected Map<String, Tally> tallies(YearMonth month) {
        Surveys s = readModel.surveys(month);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        tallies.put("report.bulletin.satisfaction.responses", Tally.count(s.responses()));
        tallies.put("report.bulletin.satisfaction.nps", Tally.of(100.0 * (s.promoters() - s.detractors()), s.responses()));
        tallies.put("report.bulletin.satisfaction.awareness", Tally.of(s.knowsManager(), s.responses()));
        tallies.put("report.bulletin.satisfaction.perception", Tally.of(s.perceptionSum(), s.dimensionAnswers()));
        tallies.put("report.bulletin.satisfaction.gap", Tally.of(s.perceptionSum() - s.expectationSum(), s.dimensionAnswers()));
        return tallies;
    }
}
