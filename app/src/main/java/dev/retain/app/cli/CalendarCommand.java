package dev.retain.app.cli;

import dev.retain.engine.calendar.CalendarSource;
import dev.retain.engine.calendar.Festival;
import dev.retain.engine.calendar.FestivalCalendar;
import dev.retain.engine.calendar.FestivalDate;
import dev.retain.engine.calendar.HolidayDay;
import dev.retain.engine.calendar.LunarCalendar;
import dev.retain.engine.calendar.LunarMonth;
import dev.retain.engine.calendar.PublicHoliday;
import dev.retain.engine.calendar.PublicHolidays;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code retain calendar --year Y}: the dates the care calendar and working-time deadlines use in a
 * year (festivals, the lunar year, public holidays and make-up working days) and where each comes
 * from. The shipped tables only: a year the admin added in the app is not in them.
 */
final class CalendarCommand {

    static final Set<String> OPTIONS = Set.of("year");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private static final Map<Festival, String> FESTIVAL_NAMES = new EnumMap<>(Map.of(
            Festival.NEW_YEAR, "元旦 New Year", Festival.SPRING, "春节 Spring Festival", Festival.LANTERN, "元宵节 Lantern",
            Festival.QINGMING, "清明节 Qingming", Festival.DRAGON_BOAT, "端午节 Dragon Boat", Festival.MID_AUTUMN, "中秋节 Mid-Autumn",
            Festival.NATIONAL_DAY, "国庆节 National Day"));
    private static final Map<PublicHoliday, String> HOLIDAY_NAMES = new EnumMap<>(Map.of(
            PublicHoliday.NEW_YEAR, "元旦 New Year", PublicHoliday.SPRING, "春节 Spring Festival", PublicHoliday.QINGMING, "清明节 Qingming",
            PublicHoliday.LABOUR_DAY, "劳动节 Labour Day", PublicHoliday.DRAGON_BOAT, "端午节 Dragon Boat", PublicHoliday.MID_AUTUMN, "中秋节 Mid-Autumn",
            PublicHoliday.NATIONAL_DAY, "国庆节 National Day", PublicHoliday.NATIONAL_DAY_MID_AUTUMN, "国庆节、中秋节 National Day and Mid-Autumn"));

    private CalendarCommand() {
    }

    static int run(Options o, PrintStream out) {
        int year = year(o.required("year"));
        out.println("Calendar " + year);
        out.println();
        festivals(year, out);
        out.println();
        lunarYear(year, out);
        out.println();
        holidays(year, out);
        return 0;
    }

    private static int year(String text) {
        try {
            int year = Integer.parseInt(text.trim());
            if (year >= FIRST_YEAR && year <= LAST_YEAR) return year;
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new UsageException("calendar: --year must be a year from " + FIRST_YEAR + " to " + LAST_YEAR + ", not '" + text + "'");
    }

    private static void festivals(int year, PrintStream out) {
        FestivalCalendar table = FestivalCalendar.official();
        Map<Festival, LocalDate> icu = new EnumMap<>(Festival.class);
        FestivalCalendar.computedByIcu(year).forEach(f -> icu.put(f.festival(), f.date()));
        if (table.covers(year)) {
            out.println("Festivals (source: table of official dates " + table.firstYear() + "-" + table.lastYear() + ")");
            for (FestivalDate f : table.festivalsOf(year)) {
                LocalDate computed = icu.get(f.festival());
                String note = computed != null && !computed.equals(f.date()) ? "   ICU4J says " + computed + ": the table wins" : "";
                out.printf("  %s %s  %s %s%s%n", f.date(), weekday(f.date()), pad(FESTIVAL_NAMES.get(f.festival()), 28), f.source().code(), note);
            }
            return;
        }
        out.println("Festivals: " + year + " is outside the table of official dates (" + table.firstYear() + "-" + table.lastYear()
                + "): the care calendar sends no festival greetings that year until its dates are added.");
        out.println("  ICU4J's computed dates, for information only (unofficial; no Qingming):");
        for (FestivalDate f : FestivalCalendar.computedByIcu(year)) {
            out.printf("  %s %s  %s %s%n", f.date(), weekday(f.date()), pad(FESTIVAL_NAMES.get(f.festival()), 28), CalendarSource.ICU.code());
        }
    }

    private static void lunarYear(int year, PrintStream out) {
        LunarCalendar lunar = LunarCalendar.official();
        List<LunarMonth> months = lunar.monthsOf(year);
        String leap = months.stream().filter(LunarMonth::leap).map(m -> "leap month after month " + m.month() + " (from " + m.firstDay() + ")")
                .findFirst().orElse("no leap month");
        out.printf("Lunar year %d (source: %s): %d months from %s to %s, %s%n", year, lunar.sourceOf(year).code(), months.size(),
                months.get(0).firstDay(), months.get(months.size() - 1).lastDay(), leap);
    }

    private static void holidays(int year, PrintStream out) {
        PublicHolidays holidays = PublicHolidays.official();
        String announced = holidays.announcedYears().stream().map(String::valueOf).collect(Collectors.joining(", "));
        if (!holidays.isAnnounced(year)) {
            out.println("Public holidays: " + year + " is not in the table (announced years: " + announced + "): working days are Monday to"
                    + " Friday until the admin adds the State Council's arrangement for " + year + ".");
            return;
        }
        out.println("Public holidays and make-up working days (调休) (source: table, the State Council's arrangement for " + year + ")");
        Map<PublicHoliday, List<HolidayDay>> byHoliday = new EnumMap<>(PublicHoliday.class);
        holidays.daysOf(year).forEach(d -> byHoliday.computeIfAbsent(d.holiday(), h -> new ArrayList<>()).add(d));
        byHoliday.forEach((holiday, days) -> {
            List<LocalDate> off = days.stream().filter(d -> !d.workday()).map(HolidayDay::date).toList();
            List<LocalDate> work = days.stream().filter(HolidayDay::workday).map(HolidayDay::date).toList();
            String offText = off.size() == 1 ? off.get(0) + " " + weekday(off.get(0))
                    : off.get(0) + " " + weekday(off.get(0)) + " to " + off.get(off.size() - 1) + " " + weekday(off.get(off.size() - 1));
            out.printf("  %s off %s (%d day%s)%n", pad(HOLIDAY_NAMES.get(holiday), 42), offText, off.size(), off.size() == 1 ? "" : "s");
            for (LocalDate w : work) out.printf("  %s make-up working day %s %s%n", pad("", 42), w, weekday(w));
        });
    }

    /** Pads to {@code columns} terminal columns, a Chinese character taking two. */
    private static String pad(String text, int columns) {
        int width = text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
        return text + " ".repeat(Math.max(1, columns - width));
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }
}
