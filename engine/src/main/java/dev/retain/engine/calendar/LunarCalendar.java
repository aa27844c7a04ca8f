package dev.retain.engine.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Chinese lunar calendar as the care calendar uses it: the official months from the shipped
 * table ({@code calendar/lunar-months.csv}) for the years it covers, ICU4J's computed calendar for
 * every other year (birth dates long ago, years after the table). Immutable and safe to share
 * between threads; ICU's years are computed once each.
 */
public final class LunarCalendar {

    static final String RESOURCE = "/calendar/lunar-months.csv";
    private static final String[] HEADER = {"lunar_year", "month", "leap", "first_day", "days"};

    private final NavigableMap<LocalDate, LunarMonth> tableMonths = new TreeMap<>();
    private final Map<Integer, List<LunarMonth>> tableYears = new HashMap<>();
    private final int firstTableYear;
    private final int lastTableYear;
    private final Map<Integer, List<LunarMonth>> icuYears = new ConcurrentHashMap<>();

    private LunarCalendar(List<LunarMonth> table) {
        if (table.isEmpty()) throw new CalendarTableException(RESOURCE, 0, "no months");
        LunarMonth previous = null;
        for (LunarMonth m : table) {
            checkFollows(previous, m);
            tableMonths.put(m.firstDay(), m);
            tableYears.computeIfAbsent(m.year(), y -> new ArrayList<>()).add(m);
            previous = m;
        }
        firstTableYear = table.get(0).year();
        lastTableYear = previous.year();
        if (previous.month() != 12) throw new CalendarTableException(RESOURCE, 0, "the last year " + lastTableYear + " ends before its 12th month");
        tableYears.replaceAll((y, months) -> List.copyOf(months));
    }

    /** The shipped table of official months (lunar years 2023-2035), ICU outside it. */
    public static LunarCalendar official() {
        List<LunarMonth> months = new ArrayList<>();
        for (TableRows.Row r : TableRows.resource(RESOURCE, HEADER)) {
            try {
                int leap = r.number(2);
                if (leap != 0 && leap != 1) throw r.fail("leap is 0 or 1, not " + leap);
                months.add(new LunarMonth(r.number(0), r.number(1), leap == 1, r.date(3), r.number(4)));
            } catch (IllegalArgumentException e) {
                throw e instanceof CalendarTableException c ? c : r.fail(e.getMessage());
            }
        }
        return new LunarCalendar(months);
    }

    /** A calendar over the given official months (consecutive, whole lunar years), ICU outside them. */
    public static LunarCalendar of(List<LunarMonth> officialMonths) {
        return new LunarCalendar(officialMonths);
    }

    public int firstTableYear() {
        return firstTableYear;
    }

    public int lastTableYear() {
        return lastTableYear;
    }

    /** TABLE for the lunar years of the official table, ICU for the others. */
    public CalendarSource sourceOf(int lunarYear) {
        return tableYears.containsKey(lunarYear) ? CalendarSource.TABLE : CalendarSource.ICU;
    }

    /** The lunar date of a solar date. */
    public LunarDate toLunar(LocalDate date) {
        Map.Entry<LocalDate, LunarMonth> entry = tableMonths.floorEntry(date);
        if (entry != null && entry.getValue().contains(date)) {
            LunarMonth m = entry.getValue();
            return new LunarDate(m.year(), m.month(), m.leap(), (int) (date.toEpochDay() - m.firstDay().toEpochDay()) + 1);
        }
        return IcuLunarCalendar.toLunar(date);
    }

    /** The month that holds {@code date}. */
    public LunarMonth monthOf(LocalDate date) {
        LunarDate lunar = toLunar(date);
        return month(lunar.year(), lunar.month(), lunar.leap()).orElseThrow();
    }

    /** The 12 or 13 months of a lunar year, in order (a leap month after the regular month of its number). */
    public List<LunarMonth> monthsOf(int lunarYear) {
        List<LunarMonth> table = tableYears.get(lunarYear);
        return table != null ? table : icuYears.computeIfAbsent(lunarYear, y -> List.copyOf(IcuLunarCalendar.monthsOf(y)));
    }

    /** The month {@code month} (leap or regular) of a lunar year; empty when that year has no such leap month. */
    public Optional<LunarMonth> month(int lunarYear, int month, boolean leap) {
        for (LunarMonth m : monthsOf(lunarYear)) {
            if (m.sameMonthAs(month, leap)) return Optional.of(m);
        }
        return Optional.empty();
    }

    /** The solar date of a lunar date; refuses a leap month the year does not have, or day 30 of a 29-day month. */
    public LocalDate toSolar(LunarDate date) {
        LunarMonth m = month(date.year(), date.month(), date.leap())
                .orElseThrow(() -> new IllegalArgumentException("lunar year " + date.year() + " has no leap month " + date.month()));
        return m.dayOf(date.day());
    }

    private static void checkFollows(LunarMonth previous, LunarMonth m) {
        if (previous == null) {
            if (m.month() != 1 || m.leap()) throw new CalendarTableException(RESOURCE, 0, "the table must start with a first month");
            return;
        }
        if (!m.firstDay().equals(previous.lastDay().plusDays(1))) {
            throw new CalendarTableException(RESOURCE, 0, "month " + m.year() + "-" + m.month() + " does not start the day after the month before it");
        }
        boolean next = m.year() == previous.year()
                ? (m.leap() ? !previous.leap() && m.month() == previous.month() : m.month() == previous.month() + 1)
                : previous.month() == 12 && m.month() == 1 && !m.leap() && m.year() == previous.year() + 1;
        if (!next) throw new CalendarTableException(RESOURCE, 0, "month " + m.year() + "-" + m.month() + " does not follow " + previous.year() + "-" + previous.month());
    }
}
