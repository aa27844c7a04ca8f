package dev.retain.engine.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The festivals' official dates, from the table shipped as {@code calendar/festivals.csv}
 * (2024-2035). A year outside the table is refused ({@link OutsideCalendarTableException}) rather
 * than computed: ICU's Chinese calendar puts the Spring Festival a day off in 2027 and 2030, and a
 * greeting on the wrong day is a mistake every customer sees, while adding a year to the table is
 * seven lines. {@link #computedByIcu} gives ICU's dates for comparison, labelled as such.
 */
public final class FestivalCalendar {

    static final String RESOURCE = "/calendar/festivals.csv";
    private static final String[] HEADER = {"year", "festival", "date"};

    private final TreeMap<Integer, List<FestivalDate>> years;

    private FestivalCalendar(TreeMap<Integer, List<FestivalDate>> years) {
        this.years = years;
    }

    /** The shipped table of official dates. */
    public static FestivalCalendar official() {
        Map<Integer, Map<Festival, FestivalDate>> byYear = new TreeMap<>();
        for (TableRows.Row r : TableRows.resource(RESOURCE, HEADER)) {
            int year = r.number(0);
            Festival festival;
            try {
                festival = Festival.parse(r.field(1));
            } catch (IllegalArgumentException e) {
                throw r.fail(e.getMessage());
            }
            LocalDate date = r.date(2);
            if (date.getYear() != year) throw r.fail(festival.code() + " of " + year + " on " + date + ", in another year");
            if (festival.kind() == Festival.Kind.FIXED && !date.equals(festival.fixedIn(year))) {
                throw r.fail(festival.code() + " is always on " + festival.fixedIn(year));
            }
            if (byYear.computeIfAbsent(year, y -> new EnumMap<>(Festival.class)).put(festival, new FestivalDate(festival, date, CalendarSource.TABLE)) != null) {
                throw r.fail(festival.code() + " of " + year + " twice");
            }
        }
        TreeMap<Integer, List<FestivalDate>> years = new TreeMap<>();
        byYear.forEach((year, dates) -> {
            if (dates.size() != Festival.values().length) {
                throw new CalendarTableException(RESOURCE, 0, year + " lacks a festival: has only " + dates.keySet());
            }
            years.put(year, sorted(new ArrayList<>(dates.values())));
        });
        if (years.isEmpty()) throw new CalendarTableException(RESOURCE, 0, "no years");
        if (years.lastKey() - years.firstKey() + 1 != years.size()) throw new CalendarTableException(RESOURCE, 0, "the years have a gap");
        return new FestivalCalendar(years);
    }

    public int firstYear() {
        return years.firstKey();
    }

    public int lastYear() {
        return years.lastKey();
    }

    public boolean covers(int year) {
        return years.containsKey(year);
    }

    /** The festivals of {@code year} by date; refuses a year outside the table. */
    public List<FestivalDate> festivalsOf(int year) {
        List<FestivalDate> dates = years.get(year);
        if (dates == null) throw new OutsideCalendarTableException(year, "festival table", firstYear(), lastYear());
        return dates;
    }

    /** The festivals falling on {@code date} (empty on most days); refuses a year outside the table. */
    public List<FestivalDate> on(LocalDate date) {
        return festivalsOf(date.getYear()).stream().filter(f -> f.date().equals(date)).toList();
    }

    /**
     * ICU4J's own dates for {@code year}: the lunar festivals from ICU's Chinese calendar alone (not
     * the official months) and the fixed ones; no Qingming (ICU's solar terms are not public API).
     * For comparison and for years outside the table; never used to greet anyone.
     */
    public static List<FestivalDate> computedByIcu(int year) {
        List<LunarMonth> months = IcuLunarCalendar.monthsOf(year);
        List<FestivalDate> dates = new ArrayList<>();
        for (Festival f : Festival.values()) {
            switch (f.kind()) {
                case FIXED -> dates.add(new FestivalDate(f, f.fixedIn(year), CalendarSource.ICU));
                case LUNAR -> months.stream().filter(m -> m.sameMonthAs(f.month(), false)).findFirst()
                        .ifPresent(m -> dates.add(new FestivalDate(f, m.dayOf(f.day()), CalendarSource.ICU)));
                case SOLAR_TERM -> {
                    // not computed: see above
                }
            }
        }
        return sorted(dates);
    }

    private static List<FestivalDate> sorted(List<FestivalDate> dates) {
        dates.sort(Comparator.comparing(FestivalDate::date).thenComparing(FestivalDate::festival));
        return List.copyOf(dates);
    }
}
