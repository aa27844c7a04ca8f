package dev.retain.app.report.bulletin;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report covers: one cycle month, or a quarter (its three months). {@link #previous()} is the period a report
 * compares with: the month before, or the quarter before. {@link #code()} is how URLs and stored files name it
 * ({@code 2086-04}, {@code 2086-Q2}).
 */
public record ReportPeriod(Kind kind, int year, int number) {

    public enum Kind {
        MONTH("monthly"), QUARTER("quarterly");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** As stored and in the API's path: monthly, quarterly. */
        public String code() {
            return code;
        }

        public static Optional<Kind> ofCode(String code) {
            for (Kind k : values()) if (k.code.equals(code)) return Optional.of(k);
            return Optional.empty();
        }
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public ReportPeriod {
        if (kind == Kind.MONTH && (number < 1 || number > 12)) throw new IllegalArgumentException("month " + number);
        if (kind == Kind.QUARTER && (number < 1 || number > 4)) throw new IllegalArgumentException("quarter " + number);
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(Kind.MONTH, month.getYear(), month.getMonthValue());
    }

    public static ReportPeriod quarterOf(YearMonth month) {
        return new ReportPeriod(Kind.QUARTER, month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    /** {@code YYYY-MM}, or empty when the text is not a month. */
    public static Optional<ReportPeriod> parseMonth(String text) {
        Matcher m = text == null ? null : MONTH.matcher(text.trim());
        if (m == null || !m.matches()) return Optional.empty();
        int month = Integer.parseInt(m.group(2));
        return month < 1 || month > 12 ? Optional.empty() : Optional.of(new ReportPeriod(Kind.MONTH, Integer.parseInt(m.group(1)), month));
    }

    /** {@code YYYY-Qn} (n 1 to 4), or empty. */
    public static Optional<ReportPeriod> parseQuarter(String text) {
        Matcher m = text == null ? null : QUARTER.matcher(text.trim());
        if (m == null || !m.matches()) return Optional.empty();
        return Optional.of(new ReportPeriod(Kind.QUARTER, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    /** The cycle months covered, oldest first. */
    public List<YearMonth> months() {
        if (kind == Kind.MONTH) return List.of(YearMonth.of(year, number));
        YearMonth first = YearMonth.of(year, (number - 1) * 3 + 1);
        return List.of(first, first.plusMonths(1), first.plusMonths(2));
    }

    public YearMonth lastMonth() {
        List<YearMonth> months = months();
        return months.get(months.size() - 1);
    }

    /** The period of the same kind just before. */
    public ReportPeriod previous() {
        return kind == Kind.MONTH ? month(YearMonth.of(year, number).minusMonths(1))
                : number == 1 ? new ReportPeriod(Kind.QUARTER, year - 1, 4) : new ReportPeriod(Kind.QUARTER, year, number - 1);
    }

    public boolean isQuarter() {
        return kind == Kind.QUARTER;
    }

    public String code() {
        return kind == Kind.MONTH ? YearMonth.of(year, number).toString() : year + "-Q" + number;
    }

    @Override
    public String toString() {
        return code();
    }
}
