package dev.retain.engine.calendar;

import java.time.LocalDate;

/** A festival's date in one year and where the date came from. */
public record FestivalDate(Festival festival, LocalDate date, CalendarSource source) {
}
