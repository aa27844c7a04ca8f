package dev.retain.app.calendar.internal;

/**
 * A year or a file the table does not take: names the file (or form), the line and the field at
 * fault where one is, and the reason. Nothing was changed.
 */
public final class HolidayChangeRefused extends RuntimeException {

    private final String table;
    private final int line;
    private final String field;
    private final String reason;

    HolidayChangeRefused(String table, int line, String field, String reason) {
        super(table + (line > 0 ? " line " + line : "") + (field != null ? " field " + field : "") + ": " + reason);
        this.table = table;
        this.line = line;
        this.field = field;
        this.reason = reason;
    }

    public String table() {
        return table;
    }

    /** 0 when no single line is at fault. */
    public int line() {
        return line;
    }

    /** The column at fault, or null. */
    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
