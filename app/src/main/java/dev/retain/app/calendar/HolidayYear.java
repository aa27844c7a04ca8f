package dev.retain.app.calendar;

import java.time.Instant;

/** A year on file: how many days off and make-up working days it lists, and who set it when. */
public record HolidayYear(int year, int daysOff, int workdays, HolidaySource source, String changedBy, Instant changedAt) {
}
