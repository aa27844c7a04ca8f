package dev.retain.app.report.bulletin.internal;

import dev.retain.app.customer.RegionNames;
import dev.retain.app.metrics.Breakdown;
import dev.retain.app.metrics.Metric;
import dev.retain.app.metrics.MetricValue;
import dev.retain.app.metrics.Metrics;
import dev.retain.app.report.bulletin.Cell;
import dev.retain.app.report.bulletin.ReportPeriod;
import dev.retain.app.report.bulletin.ReportWords;
import dev.retain.app.report.bulletin.SectionContent;
import dev.retain.app.report.bulletin.SectionContent.Chart;
import dev.retain.app.report.bulletin.SectionContent.Table;
import dev.retain.app.report.bulletin.TrendSection;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Issue 16's figures from the metrics aggregates (docs/metrics.md), never from the owners' tables: the province's
 * satisfaction, service frequency, awareness, NPS, loyalty, retention, churn and lifetime value over the period with
 * the period before, the same by tier and by branch, and seed 000's baseline beside the three figures that have one.
 * A month that was never refreshed has no figures.
 */
@Component
class MetricsSection extends TrendSection {

    /** The figures shown, in order. */
    static final List<Metric> SHOWN = List.of(Metric.SATISFACTION, Metric.FREQUENCY, Metric.AWARENESS, Metric.NPS, Metric.LOYALTY,
            Metric.RETENTION, Metric.CHURN, Metric.CLV);
    /** Seed 000's survey of 353 VIP customers (2012), in percent. */
    static final Map<Metric, Double> BASELINE = Map.of(Metric.SATISFACTION, 87.27, Metric.FREQUENCY, 78.47, Metric.AWARENESS, 74.22);
    private static final List<String> TIERS = List.of("diamond", "gold", "silver", "none");

    private final Metrics metrics;
    private final RegionNames regions;

    MetricsSection(Metrics metrics, RegionNames regions) {
        this.metrics = metrics;
        this.regions = regions;
    }

    @Override
    public String id() {
        return "metrics";
    }

    @Override
    public int order() {
        return 105;
    }

    @Override
    public String titleKey() {
        return "report.bulletin.metrics.title";
    }

    @Override
    protected List<Measure> measures() {
        return SHOWN.stream().map(m -> new Measure(labelKey(m), kind(m), Total.SUM, true)).toList();
    }

    static String labelKey(Metric m) {
        return "report.bulletin.metrics." + m.code();
    }

    /** Shares in percent; NPS in points (a share of ±1s, shown as a number); loyalty and lifetime value as means. */
    private static Cell.Kind kind(Metric m) {
        return m.kind() == Metric.Kind.SHARE && m != Metric.NPS ? Cell.Kind.PERCENT : Cell.Kind.DECIMAL;
    }

    @Override
    protected Map<String, Tally> tallies(YearMonth month) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (MetricValue v : metrics.of(month, Breakdown.ALL)) {
            if (SHOWN.contains(v.metric())) tallies.put(labelKey(v.metric()), tally(v.metric(), v.numerator(), v.denominator()));
        }
        return tallies;
    }

    private static Tally tally(Metric m, BigDecimal numerator, BigDecimal denominator) {
        double part = numerator == null ? 0 : numerator.doubleValue();
        double whole = denominator == null ? 0 : denominator.doubleValue();
        return Tally.of(m == Metric.NPS ? 100 * part : part, whole);
    }

    @Override
    public SectionContent content(ReportPeriod period, ReportWords words) {
        SectionContent c = super.content(period, words);
        List<String> sentences = new ArrayList<>(c.sentences());
        for (SectionContent.Figure f : c.figures()) {
            for (Metric m : SHOWN) {
                Double base = BASELINE.get(m);
                if (base == null || !f.label().equals(words.get(labelKey(m))) || f.value().number() == null) continue;
                double change = f.value().number() - base;
                String direction = words.decimal(Math.abs(change)).equals(words.decimal(0)) ? "same" : change > 0 ? "up" : "down";
                sentences.add(words.get("report.bulletin.metrics.baseline." + direction, f.label(), f.value().display(words),
                        words.decimal(base), words.decimal(Math.abs(change))));
            }
        }
        return new SectionContent(c.id(), c.title(), c.figures(), sentences, c.tables(), c.charts());
    }

    @Override
    protected void extras(ReportPeriod period, ReportWords words, List<Table> tables, List<Chart> charts) {
        tables.add(baselineTable(period, words));
        tables.add(breakdownTable(period, words, Breakdown.TIER, "report.bulletin.metrics.by-tier"));
        tables.add(breakdownTable(period, words, Breakdown.BRANCH, "report.bulletin.metrics.by-branch"));
    }

    /** The three figures with a baseline: the period's, seed 000's and the difference in points. */
    private Table baselineTable(ReportPeriod period, ReportWords words) {
        Map<Metric, Double> now = values(period, Breakdown.ALL).getOrDefault("", Map.of());
        List<List<Cell>> rows = new ArrayList<>();
        for (Metric m : SHOWN) {
            Double base = BASELINE.get(m);
            if (base == null) continue;
            Double value = now.get(m);
            rows.add(List.of(Cell.text(words.get(labelKey(m))), Cell.percent(value), Cell.percent(base),
                    Cell.decimal(value == null ? null : value - base)));
        }
        return new Table(words.get("report.bulletin.metrics.baseline-table"), List.of(words.get("report.bulletin.measure"), period.code(),
                words.get("report.bulletin.metrics.baseline"), words.get("report.bulletin.metrics.difference")), rows);
    }

    /** One row per key of the breakdown over the period (months' numerators and denominators added before dividing). */
    private Table breakdownTable(ReportPeriod period, ReportWords words, Breakdown breakdown, String titleKey) {
        Map<String, Map<Metric, Double>> byKey = values(period, breakdown);
        List<String> keys = new ArrayList<>(byKey.keySet());
        if (breakdown == Breakdown.TIER) keys.sort(java.util.Comparator.comparingInt(k -> TIERS.indexOf(k) < 0 ? TIERS.size() : TIERS.indexOf(k)));
        else keys.sort(null);
        List<String> headers = new ArrayList<>();
        headers.add(words.get(breakdown == Breakdown.TIER ? "report.bulletin.metrics.tier" : "report.bulletin.metrics.branch"));
        for (Metric m : SHOWN) headers.add(words.get(labelKey(m)));
        List<List<Cell>> rows = new ArrayList<>();
        for (String key : keys) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(keyName(breakdown, key, words)));
            for (Metric m : SHOWN) row.add(Cell.of(kind(m), byKey.get(key).get(m)));
            rows.add(row);
        }
        return new Table(words.get(titleKey), headers, rows);
    }

    private String keyName(Breakdown breakdown, String key, ReportWords words) {
        if (breakdown == Breakdown.TIER) return words.get("tier." + key);
        int slash = key.indexOf('/');
        if (slash < 0) return key;
        String region = key.substring(0, slash);
        String branch = key.substring(slash + 1);
        return regions.region(region, words.locale()) + " / " + regions.branch(region, branch, words.locale());
    }

    /** The period's figures by key then metric: numerators and denominators summed over its months. */
    private Map<String, Map<Metric, Double>> values(ReportPeriod period, Breakdown breakdown) {
        Map<String, Map<Metric, double[]>> sums = new LinkedHashMap<>();
        for (YearMonth month : period.months()) {
            for (MetricValue v : metrics.of(month, breakdown)) {
                if (!SHOWN.contains(v.metric())) continue;
                double[] s = sums.computeIfAbsent(v.key(), k -> new LinkedHashMap<>()).computeIfAbsent(v.metric(), k -> new double[2]);
                Tally t = tally(v.metric(), v.numerator(), v.denominator());
                s[0] += t.part();
                s[1] += t.whole();
            }
        }
        Map<String, Map<Metric, Double>> out = new LinkedHashMap<>();
        sums.forEach((key, byMetric) -> {
            Map<Metric, Double> values = new LinkedHashMap<>();
            byMetric.forEach((m, s) -> values.put(m, s[1] == 0 ? null : (kind(m) == Cell.Kind.PERCENT ? 100 : 1) * s[0] / s[1]));
            out.put(key, values);
        });
        return out;
    }
}
