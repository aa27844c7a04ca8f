package dev.retain.engine.churn;

import dev.retain.engine.load.CallSummary;
import dev.retain.engine.load.ComplaintDays;
import dev.retain.engine.load.MonthUsage;
import dev.retain.engine.load.Subscribers;
import dev.retain.engine.value.AccountState;
import dev.retain.engine.value.Brand;
import dev.retain.engine.value.Tier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The churn model's features of one subscriber at an observation month t, from the months
 * t-5 … t only: the one definition that training (t in the past) and scoring (t = the cycle's
 * month) both call, so they cannot drift apart. A month without a usage row is missing, not
 * zero: levels and trends over it are NaN, which XGBoost routes on its own branch, and
 * {@code months_of_history} says how much history there was.
 */
public final class ChurnFeatures {

    /** Months of history a feature row looks at: t and the five before it. */
    public static final int WINDOW = 6;

    private static final String[] METRICS = {"bill", "mou", "data", "sms"};
    private static final String[] PER_METRIC = {"1m", "3m_mean", "6m_mean", "change_1m", "ratio_1m_3m", "ratio_3m_6m", "slope_6m",
            "volatility_6m"};
    private static final List<String> NAMES = buildNames();

    private ChurnFeatures() {
    }

    /** The feature names, in the order {@link #fill} writes them (the model's columns). */
    public static List<String> names() {
        return NAMES;
    }

    private static List<String> buildNames() {
        List<String> n = new ArrayList<>();
        for (String m : METRICS) for (String f : PER_METRIC) n.add(m + "_" + f);
        n.add("months_of_history");
        n.add("inactive_months_6m");
        n.add("months_since_inactive");
        n.add("state_now");
        n.add("tenure_months");
        n.add("months_to_contract_end");
        n.add("min_commit");
        n.add("points");
        n.add("days_to_points_expiry");
        n.add("tier");
        for (Brand b : Brand.values()) n.add("brand_" + b.code());
        n.add("competitor_share");
        n.add("max_competitor_peer_calls");
        n.add("complaints_1m");
        n.add("complaints_3m");
        return Collections.unmodifiableList(n);
    }

    public static int count() {
        return NAMES.size();
    }

    /**
     * Fills {@code row} (length {@link #count()}) for subscriber {@code i}.
     *
     * @param history usage of t, t-1, … t-5 (index 0 = t); a month not loaded is null
     * @param calls   the call-peer summary of month t, or null when there is none
     * @param complaints the complaints' days; counted up to t's last day only, so no later complaint
     *                   leaks into a past month's row. Unknown (NaN) when the province sent no complaints.csv
     */
    public static void fill(float[] row, Subscribers subs, int i, YearMonth t, MonthUsage[] history, CallSummary calls,
                            ComplaintDays complaints) {
        int k = 0;
        double[] v = new double[WINDOW]; // one metric's months at a time
        for (int metric = 0; metric < METRICS.length; metric++) {
            for (int back = 0; back < WINDOW; back++) v[back] = value(history[back], metric, i);
            k = fillTrends(row, k, v);
        }
        int present = 0;
        int inactive = 0;
        int sinceInactive = -1;
        for (int back = 0; back < WINDOW; back++) {
            MonthUsage m = history[back];
            if (m == null || !m.has(i)) continue;
            present++;
            if (m.state(i) != AccountState.ACTIVE) {
                inactive++;
                if (sinceInactive < 0) sinceInactive = back;
            }
        }
        row[k++] = present;
        row[k++] = inactive;
        row[k++] = sinceInactive < 0 ? Float.NaN : sinceInactive;
        row[k++] = history[0] != null && history[0].has(i) ? history[0].state(i).ordinal() : Float.NaN;
        LocalDate monthEnd = t.atEndOfMonth();
        row[k++] = Math.max(0, ChronoUnit.MONTHS.between(LocalDate.ofEpochDay(subs.joinEpochDay(i)), monthEnd));
        int contractEnd = subs.contractEndEpochDay(i);
        row[k++] = contractEnd == Subscribers.NO_DATE ? Float.NaN
                : ChronoUnit.MONTHS.between(t, YearMonth.from(LocalDate.ofEpochDay(contractEnd)));
        row[k++] = subs.minCommitFen(i) / 100f;
        row[k++] = subs.points(i);
        int expiry = subs.pointsExpiryEpochDay(i);
        row[k++] = expiry == Subscribers.NO_DATE ? Float.NaN : expiry - (float) monthEnd.toEpochDay();
        Tier tier = subs.importedTier(i);
        row[k++] = tier == null ? Float.NaN : Tier.NONE.ordinal() - tier.ordinal(); // none 0 … diamond 3
        Brand brand = subs.brand(i);
        for (Brand b : Brand.values()) row[k++] = brand == b ? 1 : 0;
        row[k++] = calls == null ? Float.NaN : (float) calls.competitorShare(i);
        row[k++] = calls == null ? Float.NaN : calls.maxCompetitorPeerCalls(i);
        row[k++] = complaints.known() ? complaints.count(i, t, 1) : Float.NaN;
        row[k++] = complaints.known() ? complaints.count(i, t, 3) : Float.NaN;
    }

    /** Level, means, change, ratios, slope and volatility of one metric; v[0] = t, NaN = no row. */
    private static int fillTrends(float[] row, int k, double[] v) {
        double mean3 = mean(v, 0, 3);
        double mean6 = mean(v, 0, 6);
        double before3 = mean(v, 1, 4); // t-1 … t-3
        double older3 = mean(v, 3, 6);  // t-3 … t-5
        row[k++] = (float) v[0];
        row[k++] = (float) mean3;
        row[k++] = (float) mean6;
        row[k++] = (float) (v[0] - v[1]);
        row[k++] = (float) ratio(v[0], before3);
        row[k++] = (float) ratio(mean3, older3);
        row[k++] = (float) slope(v);
        row[k++] = (float) volatility(v, mean6);
        return k;
    }

    private static double value(MonthUsage m, int metric, int i) {
        if (m == null || !m.has(i)) return Double.NaN;
        return switch (metric) {
            case 0 -> m.billFen(i) / 100.0;
            case 1 -> m.mouOut(i);
            case 2 -> m.dataMb(i);
            default -> m.sms(i);
        };
    }

    /** Mean of the present values in v[from, to); NaN when none is present. */
    static double mean(double[] v, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int j = from; j < to; j++) {
            if (Double.isNaN(v[j])) continue;
            sum += v[j];
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** a / b, NaN when either is missing or b is zero (a ratio to nothing says nothing). */
    static double ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? Double.NaN : a / b;
    }

    /** Least-squares slope per month over the present months (time runs forward); NaN with fewer than 3. */
    static double slope(double[] v) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        int n = 0;
        for (int back = 0; back < v.length; back++) {
            if (Double.isNaN(v[back])) continue;
            double x = -back;
            sx += x;
            sy += v[back];
            sxx += x * x;
            sxy += x * v[back];
            n++;
        }
        if (n < 3) return Double.NaN;
        double den = n * sxx - sx * sx;
        return den == 0 ? Double.NaN : (n * sxy - sx * sy) / den;
    }

    /** Coefficient of variation over the present months; NaN with fewer than 3 or a zero mean. */
    static double volatility(double[] v, double mean) {
        int n = 0;
        double ss = 0;
        for (double x : v) {
            if (Double.isNaN(x)) continue;
            ss += (x - mean) * (x - mean);
            n++;
        }
        if (n < 3 || mean == 0 || Double.isNaN(mean)) return Double.NaN;
        return Math.sqrt(ss / n) / Math.abs(mean);
    }
}
