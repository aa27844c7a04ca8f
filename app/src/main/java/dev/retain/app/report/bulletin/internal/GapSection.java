package dev.retain.app.report.bulletin.internal;

import dev.retain.app.customer.RegionNames;
import dev.retain.app.report.bulletin.Cell;
import dev.retain.app.report.bulletin.ReportPeriod;
import dev.retain.app.report.bulletin.ReportSection;
import dev.retain.app.report.bulletin.ReportWords;
import dev.retain.app.report.bulletin.SectionContent;
import dev.retain.app.report.bulletin.SectionContent.Chart;
import dev.retain.app.report.bulletin.SectionContent.Figure;
import dev.retain.app.report.bulletin.SectionContent.Series;
import dev.retain.app.report.bulletin.SectionContent.Table;
import dev.retain.app.survey.Dimension;
import dev.retain.app.survey.GapAnalysis;
import dev.retain.app.survey.GapReport;
import dev.retain.app.survey.GapReport.Callout;
import dev.retain.app.survey.GapReport.Group;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Seed 000's gap model over the period's survey answers ({@link GapAnalysis}, docs/assessment.md): per dimension the
 * province's mean expectation, perception and gap, the gaps by tier, the largest shortfalls in words and a bar chart
 * of expectation against perception.
 */
@Component
class GapSection implements ReportSection {

    private final GapAnalysis gaps;
    private final RegionNames regions;

    GapSection(GapAnalysis gaps, RegionNames regions) {
        this.gaps = gaps;
        this.regions = regions;
    }

    @Override
    public String id() {
        return "gaps";
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public String titleKey() {
        return "report.bulletin.gaps.title";
    }

    @Override
    public SectionContent content(ReportPeriod period, ReportWords words) {
        GapReport report = gaps.of(period.months().get(0).atDay(1), period.lastMonth().atEndOfMonth());
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(words.get("report.bulletin.gaps.responses"), Cell.count(report.responses())));
        List<List<Cell>> rows = new ArrayList<>();
        List<Double> expectations = new ArrayList<>();
        List<Double> perceptions = new ArrayList<>();
        for (Dimension d : Dimension.ALL) {
            GapReport.Cell c = report.overall(d);
            String name = words.get("survey.dimension." + d.code());
            figures.add(new Figure(words.get("report.bulletin.gaps.gap-of", name), Cell.decimal(number(c.gap()))));
            rows.add(List.of(Cell.text(name), Cell.count(c.n()), Cell.decimal(number(c.expectation())), Cell.decimal(number(c.perception())),
                    Cell.decimal(number(c.gap()))));
            expectations.add(number(c.expectation()));
            perceptions.add(number(c.perception()));
        }
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(words.get("report.bulletin.gaps.province"), List.of(words.get("report.bulletin.gaps.dimension"),
                words.get("report.bulletin.gaps.answers"), words.get("report.bulletin.gaps.expectation"), words.get("report.bulletin.gaps.perception"),
                words.get("report.bulletin.gaps.gap")), rows));
        tables.add(tierTable(report, words));
        List<String> names = Dimension.ALL.stream().map(d -> words.get("survey.dimension." + d.code())).toList();
        List<Chart> charts = List.of(new Chart(Chart.Type.BAR, words.get("report.bulletin.gaps.chart", period.code()), names,
                List.of(new Series(words.get("report.bulletin.gaps.expectation"), expectations),
                        new Series(words.get("report.bulletin.gaps.perception"), perceptions))));
        return new SectionContent(id(), words.get(titleKey()), figures, sentences(report, words), tables, charts);
    }

    /** Each tier's gap per dimension (a cell with too few answers shows no figure). */
    private static Table tierTable(GapReport report, ReportWords words) {
        List<String> headers = new ArrayList<>();
        headers.add(words.get("report.bulletin.metrics.tier"));
        headers.add(words.get("report.bulletin.gaps.respondents"));
        for (Dimension d : Dimension.ALL) headers.add(words.get("survey.dimension." + d.code()));
        List<List<Cell>> rows = new ArrayList<>();
        for (Group g : report.tiers()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(words.get("tier." + g.tier())));
            row.add(Cell.count(g.responses()));
            for (Dimension d : Dimension.ALL) {
                GapReport.Cell c = g.cell(d);
                row.add(Cell.decimal(c.small() ? null : number(c.gap())));
            }
            rows.add(row);
        }
        return new Table(words.get("report.bulletin.gaps.by-tier", report.minSample()), headers, rows);
    }

    /** The largest shortfalls in words; without any, one sentence saying so. */
    private List<String> sentences(GapReport report, ReportWords words) {
        List<String> out = new ArrayList<>();
        if (report.responses() == 0) return List.of(words.get("report.bulletin.gaps.none"));
        for (Callout c : report.largest()) {
            String dimension = words.get("survey.dimension." + c.cell().dimension().code());
            String gap = words.decimal(-c.cell().gap().doubleValue());
            String expectation = words.decimal(c.cell().expectation().doubleValue());
            String perception = words.decimal(c.cell().perception().doubleValue());
            if (c.group() == null) out.add(words.get("report.bulletin.gaps.largest", dimension, gap, expectation, perception));
            else out.add(words.get("report.bulletin.gaps.largest-in", groupName(c.group(), words), dimension, gap, expectation, perception));
        }
        boolean shortSomewhere = report.overall().stream().anyMatch(c -> c.gap() != null && c.gap().signum() < 0);
        if (out.isEmpty()) out.add(words.get(shortSomewhere ? "report.bulletin.gaps.small" : "report.bulletin.gaps.met", report.minSample()));
        return out;
    }

    private String groupName(Group g, ReportWords words) {
        return "tier".equals(g.kind()) ? words.get("tier." + g.tier()) : regions.place(g.region(), g.branch().isEmpty() ? null : g.branch(), words.locale());
    }

    private static Double number(BigDecimal b) {
        return b == null ? null : b.doubleValue();
    }
}
