package dev.retain.app.report.bulletin;

import dev.retain.app.report.bulletin.SectionContent.Chart;
import dev.retain.app.report.bulletin.SectionContent.Figure;
import dev.retain.app.report.bulletin.SectionContent.Series;
import dev.retain.app.report.bulletin.SectionContent.Table;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A section made of a few monthly figures ({@link Measure}s). A subclass says how to count one month
 * ({@link #tallies}); this class builds the rest the same way for every section: the period's key figures, a sentence
 * per headline measure comparing with the previous period, a table of the months with the quarter's total and the
 * previous period, and a line chart of the shares over the months. {@link #extras} adds a section's own tables and
 * charts.
 */
public abstract class TrendSection implements ReportSection {

    /**
     * How a measure's months add up to a quarter: summed, or the last month's that has the figure (a stock, such as
     * customers in a zone).
     */
    public enum Total {
        SUM, LAST
    }

    /**
     * One figure: its label's message key, its kind (a count, a share in percent, a decimal such as a mean score),
     * how months add up, and whether it gets a sentence.
     */
    public record Measure(String labelKey, Cell.Kind kind, Total total, boolean headline) {
    }

    /**
     * A month's raw figure: a count is {@code part} alone; a share or mean is {@code part / whole} (summed over months
     * before dividing, so a quarter's share weighs each month by its size). {@code whole} 0: no figure.
     */
    public record Tally(double part, double whole) {

        public static Tally count(long n) {
            return new Tally(n, 1);
        }

        public static Tally of(double part, double whole) {
            return new Tally(part, whole);
        }

        Tally plus(Tally other) {
            return new Tally(part + other.part, whole + other.whole);
        }
    }

    /** The measures in the order shown. */
    protected abstract List<Measure> measures();

    /** The section's title key. */
    @Override
    public abstract String titleKey();

    /** One month's tallies by measure label key (a missing one: no figure). */
    protected abstract Map<String, Tally> tallies(YearMonth month);

    /** The section's own tables and charts, after the trend table (none by default). */
    protected void extras(ReportPeriod period, ReportWords words, List<Table> tables, List<Chart> charts) {
    }

    @Override
    public SectionContent content(ReportPeriod period, ReportWords words) {
        List<YearMonth> months = period.months();
        Map<YearMonth, Map<String, Tally>> byMonth = new LinkedHashMap<>();
        for (YearMonth m : months) byMonth.put(m, tallies(m));
        List<YearMonth> before = period.previous().months();
        Map<YearMonth, Map<String, Tally>> previous = new LinkedHashMap<>();
        for (YearMonth m : before) previous.put(m, tallies(m));

        List<Figure> figures = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (Measure measure : measures()) {
            Double now = value(measure, total(measure, byMonth));
            Double then = value(measure, total(measure, previous));
            String label = words.get(measure.labelKey());
            figures.add(new Figure(label, Cell.of(measure.kind(), now)));
            if (measure.headline()) sentences.add(sentence(measure, label, now, then, period, words));
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(label));
            for (YearMonth m : months) row.add(Cell.of(measure.kind(), value(measure, byMonth.get(m).get(measure.labelKey()))));
            if (period.isQuarter()) row.add(Cell.of(measure.kind(), now));
            row.add(Cell.of(measure.kind(), then));
            rows.add(row);
        }
        List<String> headers = new ArrayList<>();
        headers.add(words.get("report.bulletin.measure"));
        for (YearMonth m : months) headers.add(m.toString());
        if (period.isQuarter()) headers.add(words.get("report.bulletin.quarter-total", period.code()));
        headers.add(words.get(period.isQuarter() ? "report.bulletin.previous-quarter" : "report.bulletin.previous-month") + " " + period.previous().code());
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(words.get("report.bulletin.trend-table"), headers, rows));
        List<Chart> charts = new ArrayList<>();
        trendChart(period, words, before, previous, byMonth).ifPresent(charts::add);
        extras(period, words, tables, charts);
        return new SectionContent(id(), words.get(titleKey()), figures, sentences, tables, charts);
    }

    /** The shares (or, without shares, the headline counts) over the previous period's months and this period's. */
    private java.util.Optional<Chart> trendChart(ReportPeriod period, ReportWords words, List<YearMonth> before,
                                                 Map<YearMonth, Map<String, Tally>> previous, Map<YearMonth, Map<String, Tally>> byMonth) {
        List<Measure> charted = measures().stream().filter(m -> m.kind() == Cell.Kind.PERCENT).toList();
        if (charted.isEmpty()) charted = measures().stream().filter(Measure::headline).toList();
        if (charted.isEmpty()) return java.util.Optional.empty();
        Map<YearMonth, Map<String, Tally>> all = new LinkedHashMap<>(previous);
        all.putAll(byMonth);
        List<String> categories = all.keySet().stream().map(YearMonth::toString).toList();
        List<Series> series = new ArrayList<>();
        for (Measure m : charted) {
            List<Double> values = new ArrayList<>();
            for (Map<String, Tally> month : all.values()) values.add(value(m, month.get(m.labelKey())));
            series.add(new Series(words.get(m.labelKey()), values));
        }
        return java.util.Optional.of(new Chart(Chart.Type.LINE, words.get("report.bulletin.trend-chart", words.get(titleKey())), categories, series));
    }

    private static Tally total(Measure measure, Map<YearMonth, Map<String, Tally>> months) {
        Tally sum = null;
        for (Map<String, Tally> month : months.values()) {
            Tally t = month.get(measure.labelKey());
            if (measure.total() == Total.LAST) sum = t != null ? t : sum; // the newest month that has the figure
            else if (t != null) sum = sum == null ? t : sum.plus(t);
        }
        return sum;
    }

    /** The figure a tally stands for: a count, a share in percent, or a mean; null when there is nothing to divide by. */
    static Double value(Measure measure, Tally t) {
        if (t == null) return null;
        return switch (measure.kind()) {
            case COUNT -> t.part();
            case PERCENT -> t.whole() == 0 ? null : 100.0 * t.part() / t.whole();
            default -> t.whole() == 0 ? null : t.part() / t.whole();
        };
    }

    /** "高价值客户保有率 96.2%，较上季度上升 0.8 个百分点": computed from the two figures. */
    static String sentence(Measure measure, String label, Double now, Double then, ReportPeriod period, ReportWords words) {
        String kind = measure.kind().name().toLowerCase(java.util.Locale.ROOT);
        String nowText = Cell.of(measure.kind(), now).display(words);
        if (now == null) return words.get("report.bulletin.sentence.no-figure", label);
        String previousWord = words.get(period.isQuarter() ? "report.bulletin.previous.quarter" : "report.bulletin.previous.month");
        if (then == null) return words.get("report.bulletin.sentence.first", label, nowText, previousWord);
        double change = now - then;
        String changeText = measure.kind() == Cell.Kind.COUNT ? words.count(Math.round(Math.abs(change))) : words.decimal(Math.abs(change));
        boolean same = measure.kind() == Cell.Kind.COUNT ? Math.round(change) == 0 : words.decimal(Math.abs(change)).equals(words.decimal(0));
        String direction = same ? "same" : change > 0 ? "up" : "down";
        return words.get("report.bulletin.sentence." + kind + "." + direction, label, nowText, changeText, previousWord);
    }
}
