package dev.retain.engine.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * ICU4J's Chinese calendar, for the years the official table does not cover (birth dates, years
 * after it). ICU computes new moons and solar terms with its own astronomy, which misses the
 * official calendar where a new moon falls minutes from midnight in Beijing (2027, 2030): the
 * table wins wherever it has the date.
 *
 * <p>Dates are passed as noon UTC on a UTC calendar, so the conversion never depends on the
 * server's time zone; ICU computes the lunar months in China's time internally.
 */
final class IcuLunarCalendar {

    /** ICU's years count from 2637 BCE in 60-year cycles (ERA = the cycle). */
    private static final int CYCLE_EPOCH = 2637;
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private IcuLunarCalendar() {
    }

    static LunarDate toLunar(LocalDate date) {
        ChineseCalendar c = at(date);
        return new LunarDate(gregorianYearOf(c), c.get(Calendar.MONTH) + 1, c.get(ChineseCalendar.IS_LEAP_MONTH) == 1, c.get(Calendar.DAY_OF_MONTH));
    }

    /** The months of lunar year {@code year} in order, a leap month after the regular month of its number. */
    static List<LunarMonth> monthsOf(int year) {
        // the first month begins between 21 January and 20 February
        LocalDate day = firstDayOfYear(year);
        List<LunarMonth> months = new ArrayList<>(13);
        while (true) {
            ChineseCalendar c = at(day);
            if (gregorianYearOf(c) != year) break;
            int length = c.getActualMaximum(Calendar.DAY_OF_MONTH);
            months.add(new LunarMonth(year, c.get(Calendar.MONTH) + 1, c.get(ChineseCalendar.IS_LEAP_MONTH) == 1, day, length));
            day = day.plusDays(length);
        }
        return months;
    }

    private static LocalDate firstDayOfYear(int year) {
        // the Spring Festival falls between 21 January and 20 February: at most two months after 21 January
        LocalDate day = LocalDate.of(year, 1, 21);
        for (int step = 0; step < 3; step++) {
            ChineseCalendar c = at(day);
            LocalDate first = day.minusDays(c.get(Calendar.DAY_OF_MONTH) - 1L);
            if (gregorianYearOf(c) == year) return first;
            day = first.plusDays(c.getActualMaximum(Calendar.DAY_OF_MONTH));
        }
        throw new IllegalStateException("ICU has no first lunar month in " + year);
    }

    private static ChineseCalendar at(LocalDate date) {
        ChineseCalendar c = new ChineseCalendar(TimeZone.GMT_ZONE);
        c.setTimeInMillis(date.toEpochDay() * MILLIS_PER_DAY + MILLIS_PER_DAY / 2);
        return c;
    }

    /** ERA and YEAR rather than EXTENDED_YEAR, whose meaning changed between ICU versions. */
    private static int gregorianYearOf(ChineseCalendar c) {
        return (c.get(Calendar.ERA) - 1) * 60 + c.get(Calendar.YEAR) - CYCLE_EPOCH;
    }
}
