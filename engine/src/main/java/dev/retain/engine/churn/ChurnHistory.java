package dev.retain.engine.churn;

import dev.retain.engine.load.CallSummary;
import dev.retain.engine.load.ComplaintDays;
import dev.retain.engine.load.MonthUsage;
import dev.retain.engine.load.Province;
import dev.retain.engine.value.Zone;
import dev.retain.engine.zone.ZoneClassifier;
import dev.retain.engine.zone.ZoneRule;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The months of a province the churn model reads, with the label: a subscriber present and
 * not yet lost at month t churns when, in one of the {@code horizon} months after t, they
 * are in the white zone or gone (SPEC R5.1). Zones come from the same classifier as the cycle.
 */
public final class ChurnHistory {

    private final Province province;
    private final ZoneClassifier zones;
    private final YearMonth first;
    private final YearMonth last;

    public ChurnHistory(Province province, ZoneClassifier zones, YearMonth first, YearMonth last) {
        this.province = province;
        this.zones = zones;
        this.first = first;
        this.last = last;
    }

    /** The months to load for a cycle of {@code month} that trains on {@code trainingMonths} observation months. */
    public static List<YearMonth> monthsToLoad(YearMonth month, int horizon, int trainingMonths) {
        // the earliest observation month, and the window of months before it (which holds the month its zone looks back to)
        YearMonth from = month.minusMonths(horizon + trainingMonths - 1L + ChurnFeatures.WINDOW - 1L);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(month); m = m.plusMonths(1)) months.add(m);
        return months;
    }

    public Province province() {
        return province;
    }

    /** The months a feature row of month t reads, oldest first: t-5 … t. */
    public static List<YearMonth> windowMonths(YearMonth t) {
        List<YearMonth> months = new ArrayList<>();
        for (int back = ChurnFeatures.WINDOW - 1; back >= 0; back--) months.add(t.minusMonths(back));
        return months;
    }

    /** Usage of t, t-1, … t-5; a month outside the loaded range, or without rows, is null. */
    public MonthUsage[] window(YearMonth t) {
        MonthUsage[] w = new MonthUsage[ChurnFeatures.WINDOW];
        for (int back = 0; back < w.length; back++) w[back] = usage(t.minusMonths(back));
        return w;
    }

    /** The province's complaints (unknown without complaints.csv). */
    public ComplaintDays complaints() {
        return province.complaints();
    }

    public CallSummary calls(YearMonth t) {
        return province.callsOf(t);
    }

    /** Whether month m has usage rows (a month the operator has not exported is no evidence of churn). */
    public boolean hasData(YearMonth m) {
        MonthUsage u = usage(m);
        return u != null && u.rows() > 0;
    }

    /** Present at t and neither white nor gone: someone the model can still warn about. */
    public boolean eligible(int i, YearMonth t) {
        return !lost(zone(i, t));
    }

    /** 1 when lost in one of the {@code horizon} months after t. */
    public boolean churns(int i, YearMonth t, int horizon) {
        for (int h = 1; h <= horizon; h++) {
            if (lost(zone(i, t.plusMonths(h)))) return true;
        }
        return false;
    }

    public ZoneRule zone(int i, YearMonth m) {
        MonthUsage now = usage(m);
        MonthUsage before = usage(m.minusMonths(1));
        boolean hasNow = now != null && now.has(i);
        boolean hasBefore = before != null && before.has(i);
        return zones.classify(hasNow, hasNow ? now.state(i) : null, hasNow ? now.billFen(i) : 0, hasNow ? now.mouOut(i) : 0,
                hasBefore, hasBefore ? before.billFen(i) : 0, hasBefore ? before.mouOut(i) : 0,
                province.subscribers().minCommitFen(i));
    }

    /** White or gone: what the label counts, and whom the model does not score. */
    public static boolean lost(ZoneRule z) {
        return z.left() || z.zone() == Zone.WHITE;
    }

    private MonthUsage usage(YearMonth m) {
        if (m.isBefore(first) || m.isAfter(last)) return null;
        return province.usage().month(m);
    }
}
