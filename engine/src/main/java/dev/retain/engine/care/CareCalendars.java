package dev.retain.engine.care;

import dev.retain.engine.calendar.FestivalCalendar;
import dev.retain.engine.calendar.LunarCalendar;

/** The calendars the care calendar reads: lunar months for lunar birthdays, the festival table. */
public record CareCalendars(LunarCalendar lunar, FestivalCalendar festivals) {

    /** The shipped official tables. */
    public static CareCalendars official() {
        return new CareCalendars(LunarCalendar.official(), FestivalCalendar.official());
    }
}
