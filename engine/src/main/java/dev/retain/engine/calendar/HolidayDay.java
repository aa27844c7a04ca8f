package dev.retain.engine.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One day of the State Council's holiday arrangement of {@code year}: a day off of a break, or a
 * make-up working day (调休, a Saturday or Sunday worked to lengthen a break).
 */
public record HolidayDay(int year, LocalDate date, boolean workday, PublicHoliday holiday) {

    public HolidayDay {
        if (Math.abs(date.getYear() - year) > 1) {
            throw new IllegalArgumentException(date + " cannot belong to the arrangement of " + year);
        }
        if (workday && !isWeekend(date)) {
            throw new IllegalArgumentException(date + " is a make-up working day but a " + date.getDayOfWeek() + ": only weekends are made up");
        }
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
