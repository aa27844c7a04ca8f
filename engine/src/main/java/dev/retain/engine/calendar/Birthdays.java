package dev.retain.engine.calendar;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * When a birthday falls in a given year, with the rules for the dates some years lack.
 *
 * <ul>
 *   <li>Solar: 29 February is celebrated on 28 February in a common year (it stays in its month).
 *   <li>Lunar (农历生日): the birth date's lunar month and day, every lunar year. Someone born in a
 *       leap month (闰月) celebrates in the regular month of that number, every year, also in a year
 *       that repeats the month: a leap month returns only every few decades and most families keep
 *       the birthday in the regular month. Day 30 in a year whose month has 29 days is celebrated on
 *       the 29th, the month's last day (the same rule as 29 February).
 * </ul>
 */
public final class Birthdays {

    private Birthdays() {
    }

    /** The solar birthday in {@code year}. */
    public static LocalDate solarIn(MonthDay birthday, int year) {
        return birthday.isValidYear(year) ? birthday.atYear(year) : LocalDate.of(year, 2, 28);
    }

    /** The lunar date of birth of someone born on the solar date {@code birthDate}. */
    public static LunarDate lunarBirthDate(LocalDate birthDate, LunarCalendar calendar) {
        return calendar.toLunar(birthDate);
    }

    /** The solar date of a lunar birthday (lunar month and day of birth, leap or not) in lunar year {@code lunarYear}. */
    public static LocalDate lunarIn(int month, int day, int lunarYear, LunarCalendar calendar) {
        LunarMonth regular = calendar.month(lunarYear, month, false)
                .orElseThrow(() -> new IllegalStateException("lunar year " + lunarYear + " has no month " + month));
        return regular.dayOf(Math.min(day, regular.days()));
    }

    /**
     * The lunar birthdays (month and day of birth; a leap month's day counts as its regular month's)
     * celebrated on {@code date}, packed as {@code month * 100 + day}: none on a day of a leap month,
     * two on the 29th of a 29-day month (the 29th and the 30th).
     */
    public static int[] lunarBirthdaysOn(LocalDate date, LunarCalendar calendar) {
        LunarDate lunar = calendar.toLunar(date);
        if (lunar.leap()) return new int[0];
        int key = lunarKey(lunar.month(), lunar.day());
        if (lunar.day() == 29 && calendar.month(lunar.year(), lunar.month(), false).orElseThrow().days() == 29) {
            return new int[] {key, lunarKey(lunar.month(), 30)};
        }
        return new int[] {key};
    }

    /** A lunar month and day of birth as one number ({@code month * 100 + day}), the leap flag dropped by the rule above. */
    public static int lunarKey(int month, int day) {
        return month * 100 + day;
    }
}
