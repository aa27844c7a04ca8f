package dev.retain.app.calendar;

import dev.retain.app.calendar.internal.HolidayTable;
import dev.retain.engine.calendar.PublicHolidays;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Working days by the table the admin keeps: a listed day off is no working day, a listed make-up
 * day is one, any other day works Monday to Friday. A year not on file has only that weekday rule:
 * {@link #hasYear} lets a caller say so. Reads the table every time (no cache), so every instance
 * sees an admin's change at once; a computation over many days takes {@link #calendar()} once.
 */
@Service
public class WorkingDays {

    private final HolidayTable table;

    WorkingDays(HolidayTable table) {
        this.table = table;
    }

    public boolean isWorkingDay(LocalDate date) {
        return table.kindOf(date)
                .map(kind -> kind == HolidayKind.WORKDAY)
                .orElseGet(() -> date.getDayOfWeek().getValue() <= 5);
    }

    /** The listed days of a year's arrangement by date; empty for a year not on file. */
    public List<PublicHolidayDay> holidaysOf(int year) {
        return table.daysOf(year);
    }

    public boolean hasYear(int year) {
        return table.hasYear(year);
    }

    /** The years on file, oldest first. */
    public List<HolidayYear> years() {
        return table.years();
    }

    /** The whole table as the engine's calendar: one read for a computation over many days (a deadline across a holiday). */
    public PublicHolidays calendar() {
        return table.calendar();
    }
}
