package dev.retain.engine.calendar;

/** Where a calendar date came from: the shipped table of official dates, or ICU4J's computed Chinese calendar. */
public enum CalendarSource {
    /** The table of official dates shipped with the engine (or added by the admin). */
    TABLE,
    /** ICU4J's {@code ChineseCalendar}: computed astronomically, off by a day in some years (2027, 2030). */
    ICU;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
