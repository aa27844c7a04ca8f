package dev.retain.engine.calendar;

/** A calendar table (shipped or imported by the admin) that cannot be read: names the table, the line and why. */
public final class CalendarTableException extends IllegalArgumentException {

    private final String table;
    private final int line;
    private final String field;
    private final String reason;

    public CalendarTableException(String table, int line, String reason) {
        this(table, line, null, reason);
    }

    /** {@code field}: the column at fault, or null when the row or the table as a whole is. */
    public CalendarTableException(String table, int line, String field, String reason) {
        super(table + (line > 0 ? " line " + line : "") + ": " + reason);
        this.table = table;
        this.line = line;
        this.field = field;
        this.reason = reason;
    }

    /** The table's name: a resource path or the name of the file the admin uploaded. */
    public String table() {
        return table;
    }

    /** The line at fault, counted from 1 in the file; 0 when no single line is. */
    public int line() {
        return line;
    }

    /** The column at fault (a header name), or null. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
