package dev.retain.app.report.bulletin.internal;

import dev.retain.app.report.bulletin.Cell;
import dev.retain.app.report.bulletin.ReportPeriod;
import dev.retain.app.report.bulletin.ReportWords;
import dev.retain.app.report.bulletin.SectionContent.Chart;
import dev.retain.app.report.bulletin.SectionContent.Series;
import dev.retain.app.report.bulletin.SectionContent.Table;
import dev.retain.app.report.bulletin.TrendSection;
import dev.retain.app.segment.Segments;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The zones (R2.2) at the end of the period and the movement between them: customers per zone (a stock: a quarter
 * shows its last month's), a bar chart of the programme's zones, and the migration from the month before the period's
 * last month to it. Both are the segment module's figures (its per-month migration summary, the same cells the
 * supervisor dashboard shows), never a join of two months of segments per report.
 */
@Component
class ZonesSection extends TrendSection {

    static final List<String> PROGRAMME_ZONES = List.of("blue", "green", "yellow", "red", "white");

    private final Segments segments;

    ZonesSection(Segments segments) {
        this.segments = segments;
    }

    @Override
    public String id() {
        return "zones";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "report.bulletin.zones.title";
    }

    @Override
    protected List<Measure> measures() {
        List<Measure> measures = new ArrayList<>();
        measures.add(new Measure("report.bulletin.zones.programme", Cell.Kind.COUNT, Total.LAST, true));
        for (String zone : PROGRAMME_ZONES) measures.add(new Measure("zone." + zone, Cell.Kind.COUNT, Total.LAST, zone.equals("white")));
        return measures;
    }

    @Override
    protected Map<String, Tally> tallies(YearMonth month) {
        Map<String, Long> counts = segments.zoneCounts(month);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        if (counts.values().stream().allMatch(n -> n == 0)) return tallies; // not segmented: no figures rather than zeros
        long programme = 0;
        for (String zone : PROGRAMME_ZONES) {
            long n = counts.getOrDefault(zone, 0L);
            programme += n;
            tallies.put("zone." + zone, Tally.count(n));
        }
        tallies.put("report.bulletin.zones.programme", Tally.count(programme));
        return tallies;
    }

    @Override
    protected void extras(ReportPeriod period, ReportWords words, List<Table> tables, List<Chart> charts) {
        YearMonth last = period.lastMonth();
        Map<String, Long> counts = segments.zoneCounts(last);
        List<String> names = PROGRAMME_ZONES.stream().map(z -> words.get("zone." + z)).toList();
        List<Double> values = PROGRAMME_ZONES.stream().map(z -> (double) counts.getOrDefault(z, 0L)).toList();
        charts.add(0, new Chart(Chart.Type.BAR, words.get("report.bulletin.zones.chart", last.toString()), names,
                List.of(new Series(words.get("report.bulletin.customers"), values))));

        YearMonth before = last.minusMonths(1);
        Map<String, Map<String, Long>> migration = segments.migration(before, last);
        Map<String, Map<String, Long>> matrix = new LinkedHashMap<>();
        for (String z : PROGRAMME_ZONES) matrix.put(z, migration.getOrDefault(z, Map.of()));
        List<String> columns = new ArrayList<>(PROGRAMME_ZONES);
        columns.add("none");
        columns.add(Segments.GONE);
        List<String> headers = new ArrayList<>();
        headers.add(words.get("report.bulletin.zones.from-to", before.toString(), last.toString()));
        for (String c : columns) headers.add(c.equals(Segments.GONE) ? words.get("report.bulletin.zones.gone") : words.get("zone." + c));
        List<List<Cell>> rows = new ArrayList<>();
        matrix.forEach((from, to) -> {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(words.get("zone." + from)));
            for (String c : columns) row.add(Cell.count(to.getOrDefault(c, 0L)));
            rows.add(row);
        });
        tables.add(new Table(words.get("report.bulletin.zones.migration"), headers, rows));
    }
}
