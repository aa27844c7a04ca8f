package dev.retain.app.assessment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The period an assessment covers: one month ({@code 2026-11}) or a quarter's three months ({@code 2026-Q4}). */
public record AssessmentPeriod(YearMonth first, YearMonth last) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public AssessmentPeriod {
        if (first.isAfter(last)) throw new IllegalArgumentException("period ends before it starts");
    }

    public static AssessmentPeriod month(YearMonth month) {
        return new AssessmentPeriod(month, month);
    }

    public static AssessmentPeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new AssessmentPeriod(first, first.plusMonths(2));
    }

    /** {@code YYYY-MM} or {@code YYYY-Qn}; anything else is refused with the field named. */
    public static AssessmentPeriod parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) return quarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
        try {
            return month(YearMonth.parse(t));
        } catch (java.time.format.DateTimeParseException e) {
            throw new AssessmentRefused("period", "assessment.refused.period");
        }
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) months.add(m);
        return months;
    }

    public LocalDate firstDay() {
        return first.atDay(1);
    }

    public LocalDate lastDay() {
        return last.atEndOfMonth();
    }

    public boolean isQuarter() {
        return !first.equals(last);
    }

    /** As the page's field and the URL write it. */
    public String code() {
        return isQuarter() ? first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1) : first.toString();
    }
}
