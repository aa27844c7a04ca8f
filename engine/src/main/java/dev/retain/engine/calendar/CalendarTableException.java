package dev.retain.engine.calendar;

/** A calendar table (shipped or imported by the admin) that cannot be read: names the table, the line and why. */
public final class CalendarTableException extends IllegalArgumentException {

    public CalendarTableException(String table, int line, String reason) {
        super(table + (line > 0 ? " line " + line : "") + ": " + reason);
    }
}
