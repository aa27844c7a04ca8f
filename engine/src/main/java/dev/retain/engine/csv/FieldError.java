package dev.retain.engine.csv;

/** A bad field in a row: the row goes to the rejects report, the file carries on. */
public final class FieldError extends Exception {

    private final String column;

    public FieldError(String column, String reason) {
        super(reason, null, false, false); // no stack trace: thrown once per bad row
        this.column = column;
    }

    public String column() {
        return column;
    }

    public String reason() {
        return getMessage();
    }
}
