/**
 * Public holidays and make-up working days (调休) as the app keeps them (issue 11 point 7): the
 * engine's shipped table seeded at start-up, years the admin adds or replaces on /admin/holidays.
 * Other modules ask {@link dev.retain.app.calendar.WorkingDays} whether a day is a working day
 * (the complaints' business-hours time limits, issue 13) and may listen for
 * {@link dev.retain.app.calendar.HolidayYearChanged}.
 */
package dev.retain.app.calendar;
