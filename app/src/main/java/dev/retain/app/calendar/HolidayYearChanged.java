package dev.retain.app.calendar;

/**
 * A year's arrangement was added or replaced (durable: published with the change's transaction).
 * Listeners that cached working days of that year (deadlines computed ahead) recompute them.
 * {@code by} is the admin's login, or {@code retain} for the shipped table.
 */
public record HolidayYearChanged(int year, HolidaySource source, int days, String by) {
}
