package dev.retain.engine.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The settings of the usage alerts (SPEC R6.1), each refused outside a sane range.
 *
 * @param zone              the business time zone: billing months start at its midnight
 * @param allowancePercents the thresholds of a plan's allowance, ascending (80 and 100: "80 % used", "allowance used up");
 *                          empty turns the allowance alerts off
 * @param billShockFen      the estimated overage that raises the bill-shock alert; 0 turns it off
 * @param lateGrace         how long after its month ends an event still counts toward that month
 * @param dedupWindow       how long (by the receiving clock) after it was received an event id is remembered
 * @param maxRememberedIds  at most this many ids per subscriber; past it the oldest are forgotten first
 * @param futureTolerance   how far ahead of the receiving clock an event's time may be (clocks drift)
 */
public record AlertSettings(ZoneId zone, List<Integer> allowancePercents, long billShockFen, Duration lateGrace,
                            Duration dedupWindow, int maxRememberedIds, Duration futureTolerance) {

    public static final String TIME_ZONE = "business.time-zone";
    public static final String ALLOWANCE_PERCENTS = "alert.allowance-percents";
    public static final String BILL_SHOCK = "alert.bill-shock";
    public static final String LATE_GRACE = "alert.late-grace";
    public static final String DEDUP_WINDOW = "alert.dedup-window";
    public static final String MAX_REMEMBERED_IDS = "alert.max-remembered-ids";
    public static final String FUTURE_TOLERANCE = "alert.future-tolerance";

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    public static final List<Integer> DEFAULT_ALLOWANCE_PERCENTS = List.of(80, 100);
    /** 100 CNY of estimated overage: about a month's fee of a mid-range plan on top of the bill. */
    public static final long DEFAULT_BILL_SHOCK_FEN = 10_000;
    /** Operators close a month's bills (出账) in the first days of the next month. */
    public static final Duration DEFAULT_LATE_GRACE = Duration.ofDays(3);
    /** Mediation re-sends a file or a batch within hours; a day covers a re-run of the day's batch. */
    public static final Duration DEFAULT_DEDUP_WINDOW = Duration.ofHours(24);
    /** A heavy user's day of 15-minute data records is ~100 ids; 2,048 bounds the state at ~32 kB. */
    public static final int DEFAULT_MAX_REMEMBERED_IDS = 2_048;
    public static final Duration DEFAULT_FUTURE_TOLERANCE = Duration.ofHours(1);

    // ranges: a percent of 1,000 (ten times the allowance) is the most a warning can mean; a bill shock of
    // 1,000,000 CNY is no personal bill; grace and memory of a month at most: a month is the state's scope
    static final int MAX_PERCENT = 1_000;
    static final long MAX_BILL_SHOCK_FEN = 100_000_000;
    static final Duration MAX_LATE_GRACE = Duration.ofDays(27);
    static final Duration MAX_DEDUP_WINDOW = Duration.ofDays(31);
    static final int MAX_IDS = 100_000;
    static final Duration MAX_FUTURE_TOLERANCE = Duration.ofDays(1);

    public AlertSettings {
        Objects.requireNonNull(zone, "zone");
        allowancePercents = ascendingPercents(allowancePercents);
        if (billShockFen < 0 || billShockFen > MAX_BILL_SHOCK_FEN) {
            throw new IllegalArgumentException(BILL_SHOCK + ": between 0 (off) and 1000000.00 CNY");
        }
        within(LATE_GRACE, lateGrace, Duration.ZERO, MAX_LATE_GRACE);
        within(DEDUP_WINDOW, dedupWindow, Duration.ofMinutes(1), MAX_DEDUP_WINDOW);
        if (maxRememberedIds < 1 || maxRememberedIds > MAX_IDS) {
            throw new IllegalArgumentException(MAX_REMEMBERED_IDS + ": between 1 and " + MAX_IDS);
        }
        within(FUTURE_TOLERANCE, futureTolerance, Duration.ZERO, MAX_FUTURE_TOLERANCE);
    }

    public static AlertSettings defaults() {
        return new AlertSettings(DEFAULT_ZONE, DEFAULT_ALLOWANCE_PERCENTS, DEFAULT_BILL_SHOCK_FEN, DEFAULT_LATE_GRACE,
                DEFAULT_DEDUP_WINDOW, DEFAULT_MAX_REMEMBERED_IDS, DEFAULT_FUTURE_TOLERANCE);
    }

    public AlertSettings withZone(ZoneId z) {
        return new AlertSettings(z, allowancePercents, billShockFen, lateGrace, dedupWindow, maxRememberedIds, futureTolerance);
    }

    public AlertSettings withAllowancePercents(List<Integer> percents) {
        return new AlertSettings(zone, percents, billShockFen, lateGrace, dedupWindow, maxRememberedIds, futureTolerance);
    }

    public AlertSettings withBillShockFen(long fen) {
        return new AlertSettings(zone, allowancePercents, fen, lateGrace, dedupWindow, maxRememberedIds, futureTolerance);
    }

    public AlertSettings withLateGrace(Duration grace) {
        return new AlertSettings(zone, allowancePercents, billShockFen, grace, dedupWindow, maxRememberedIds, futureTolerance);
    }

    public AlertSettings withDedup(Duration window, int maxIds) {
        return new AlertSettings(zone, allowancePercents, billShockFen, lateGrace, window, maxIds, futureTolerance);
    }

    public AlertSettings withFutureTolerance(Duration tolerance) {
        return new AlertSettings(zone, allowancePercents, billShockFen, lateGrace, dedupWindow, maxRememberedIds, tolerance);
    }

    /** The billing month an instant falls in, in the business zone. */
    public YearMonth monthOf(Instant t) {
        return YearMonth.from(t.atZone(zone));
    }

    /** The first instant of a billing month. */
    public Instant startOf(YearMonth m) {
        return m.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** "80,100" → [80, 100]: the text form of {@link #ALLOWANCE_PERCENTS} in settings and options. */
    public static List<Integer> parsePercents(String text) {
        if (text == null || text.isBlank()) return List.of();
        List<Integer> out = new java.util.ArrayList<>();
        for (String part : text.split(",")) {
            try {
                out.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(ALLOWANCE_PERCENTS + ": whole percents separated by commas, e.g. 80,100; not '" + text + "'");
            }
        }
        return out;
    }

    private static List<Integer> ascendingPercents(List<Integer> percents) {
        Objects.requireNonNull(percents, ALLOWANCE_PERCENTS);
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer p : percents) {
            if (p == null || p < 1 || p > MAX_PERCENT) {
                throw new IllegalArgumentException(ALLOWANCE_PERCENTS + ": each between 1 and " + MAX_PERCENT + ", not " + p);
            }
            if (!sorted.add(p)) throw new IllegalArgumentException(ALLOWANCE_PERCENTS + ": " + p + " given twice");
        }
        return List.copyOf(sorted);
    }

    private static void within(String key, Duration d, Duration min, Duration max) {
        Objects.requireNonNull(d, key);
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException(key + ": between " + min + " and " + max + ", not " + d);
        }
    }
}
