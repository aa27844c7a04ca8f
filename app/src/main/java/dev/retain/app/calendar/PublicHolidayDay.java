package dev.retain.app.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One listed day of a year's arrangement, as the table keeps it: {@code holiday} is the engine's
 * code of the break (spring, national-day, …), with its names in both languages.
 */
public record PublicHolidayDay(LocalDate date, int year, HolidayKind kind, String holiday, String nameZh, String nameEn,
                               HolidaySource source, String changedBy, Instant changedAt) {

    public boolean workday() {
        return kind == HolidayKind.WORKDAY;
    }
}
