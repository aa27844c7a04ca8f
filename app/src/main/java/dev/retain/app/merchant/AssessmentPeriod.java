package dev.retain.app.merchant;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A quarter, the period a merchant is assessed for: {@code 2026-Q3} is July to September 2026 in the business zone. */
public record AssessmentPeriod(int year, int quarter) implements Comparable<AssessmentPeriod> {

    private static final Pattern TEXT = Pattern.compile("([0-9]{4})-Q([1-4])");

    public AssessmentPeriod {
        if (year < 2000 || year > 9999 || quarter < 1 || quarter > 4) throw new MerchantRefused("merchant.assessment.error.period", year + "-Q" + quarter);
    }

    /** {@code 2026-Q3}, else {@link MerchantRefused}. */
    public static AssessmentPeriod parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip());
        if (m == null || !m.matches()) throw new MerchantRefused("merchant.assessment.error.period", String.valueOf(text));
        return new AssessmentPeriod(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static AssessmentPeriod of(LocalDate day) {
        return new AssessmentPeriod(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public AssessmentPeriod previous() {
        return quarter == 1 ? new AssessmentPeriod(year - 1, 4) : new AssessmentPeriod(year, quarter - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** The quarter's first instant in {@code zone}. */
    public Instant start(ZoneId zone) {
        return firstDay().atStartOfDay(zone).toInstant();
    }

    /** The next quarter's first instant: the period is [start, end). */
    public Instant end(ZoneId zone) {
        return firstDay().plusMonths(3).atStartOfDay(zone).toInstant();
    }

    @Override
    public int compareTo(AssessmentPeriod other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
