package dev.retain.app.calendar.internal;

/** What a save or import did to one year: added (not on file before), replaced, or nothing (the same days were on file). Serializable: it travels as a flash attribute in the session. */
public record HolidayChange(int year, Outcome outcome, int daysOff, int workdays) implements java.io.Serializable {

    public enum Outcome {
        ADDED, REPLACED, UNCHANGED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
