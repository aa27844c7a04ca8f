package dev.retain.engine.calendar;

import java.io.IOException;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Public holidays and make-up working days (调休): the State Council announces them a year at a
 * time, so they are a table ({@code calendar/public-holidays.csv}: 2024, 2025, 2026) that the admin
 * extends by a year in the same columns. The working-time calendar of complaints and tasks asks
 * {@link #isWorkingDay}. Immutable; {@link #withYear} returns a new calendar.
 */
public final class PublicHolidays {

    static final String RESOURCE = "/calendar/public-holidays.csv";
    /** The columns of the shipped table and of a year the admin imports. */
    public static final List<String> HEADER = List.of("year", "date", "day", "holiday");

    private final Map<LocalDate, HolidayDay> byDate = new HashMap<>();
    private final TreeMap<Integer, List<HolidayDay>> byYear = new TreeMap<>();

    private PublicHolidays(Collection<HolidayDay> days) {
        for (HolidayDay d : days) {
            HolidayDay earlier = byDate.put(d.date(), d);
            if (earlier != null) throw new IllegalArgumentException(d.date() + " is listed twice (" + earlier.year() + " and " + d.year() + ")");
            byYear.computeIfAbsent(d.year(), y -> new ArrayList<>()).add(d);
        }
        byYear.replaceAll((y, list) -> list.stream().sorted(Comparator.comparing(HolidayDay::date)).toList());
    }

    /** The years shipped with the engine (2024-2026). */
    public static PublicHolidays official() {
        return of(rows(TableRows.resource(RESOURCE, HEADER.toArray(String[]::new))));
    }

    public static PublicHolidays of(Collection<HolidayDay> days) {
        return new PublicHolidays(days);
    }

    /** Reads days in the table's columns (a year the admin imports); a bad row names its line. */
    public static List<HolidayDay> parse(Reader csv, String name) throws IOException {
        return rows(TableRows.read(csv, name, HEADER.toArray(String[]::new)));
    }

    /** This calendar with {@code year}'s arrangement set to {@code days} (added, or replaced whole). */
    public PublicHolidays withYear(int year, Collection<HolidayDay> days) {
        for (HolidayDay d : days) {
            if (d.year() != year) throw new IllegalArgumentException(d.date() + " belongs to " + d.year() + ", not " + year);
        }
        List<HolidayDay> all = new ArrayList<>(days);
        byYear.forEach((y, list) -> {
            if (y != year) all.addAll(list);
        });
        return new PublicHolidays(all);
    }

    public SortedSet<Integer> announcedYears() {
        return new TreeSet<>(byYear.keySet());
    }

    public boolean isAnnounced(int year) {
        return byYear.containsKey(year);
    }

    /** The days of {@code year}'s arrangement by date (empty for a year not announced). */
    public List<HolidayDay> daysOf(int year) {
        return byYear.getOrDefault(year, List.of());
    }

    public Optional<HolidayDay> day(LocalDate date) {
        return Optional.ofNullable(byDate.get(date));
    }

    /**
     * A day off of a break is not a working day, a make-up day is; any other day works Monday to
     * Friday. For a year not yet announced that weekday rule is all there is:
     * {@link #isAnnounced} tells the caller to say so.
     */
    public boolean isWorkingDay(LocalDate date) {
        HolidayDay listed = byDate.get(date);
        if (listed != null) return listed.workday();
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    private static List<HolidayDay> rows(List<TableRows.Row> rows) {
        List<HolidayDay> days = new ArrayList<>(rows.size());
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        for (TableRows.Row r : rows) {
            boolean workday = switch (r.field(2)) {
                case "off" -> false;
                case "work" -> true;
                default -> throw r.fail(2, "day is off or work, not '" + r.field(2) + "'");
            };
            int year = r.number(0);
            LocalDate date = r.date(1);
            PublicHoliday holiday;
            try {
                holiday = PublicHoliday.parse(r.field(3));
            } catch (IllegalArgumentException e) {
                throw r.fail(3, e.getMessage());
            }
            try {
                days.add(new HolidayDay(year, date, workday, holiday));
            } catch (IllegalArgumentException e) {
                // a date outside its year's arrangement, or a make-up day on a weekday: the date is at fault
                throw r.fail(1, e.getMessage());
            }
            Integer earlier = lineOf.putIfAbsent(date, r.line());
            if (earlier != null) throw r.fail(1, date + " is listed twice (line " + earlier + " and this one)");
        }
        try {
            of(days);
        } catch (IllegalArgumentException e) {
            throw new CalendarTableException(rows.isEmpty() ? "holidays" : rows.get(0).table(), 0, e.getMessage());
        }
        return days;
    }
}
