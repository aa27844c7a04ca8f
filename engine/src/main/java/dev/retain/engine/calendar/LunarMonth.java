package dev.retain.engine.calendar;

import java.time.LocalDate;

/** One month of the lunar calendar: its number, whether it is a leap month (闰月), its first day and its length. */
public record LunarMonth(int year, int month, boolean leap, LocalDate firstDay, int days) {

    public LunarMonth {
        if (month < 1 || month > 12) throw new IllegalArgumentException("lunar month " + month + " is not 1-12");
        if (days != 29 && days != 30) throw new IllegalArgumentException("a lunar month has 29 or 30 days, not " + days);
    }

    public LocalDate lastDay() {
        return firstDay.plusDays(days - 1L);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay());
    }

    /** The solar date of day {@code day} (1-based) of this month. */
    public LocalDate dayOf(int day) {
        if (day < 1 || day > days) throw new IllegalArgumentException("day " + day + " of a " + days + "-day month");
        return firstDay.plusDays(day - 1L);
    }

    boolean sameMonthAs(int month, boolean leap) {
        return this.month == month && this.leap == leap;
    }
}
