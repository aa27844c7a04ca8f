package dev.retain.engine.csv;

/** Turns the rows of one contract file into loaded data; a bad field throws {@link FieldError}. */
public interface RowHandler {

    /** Called once with the header before any row. */
    void bind(Header header);

    /** Called for each well-formed row; returns false when the row was skipped on purpose (e.g. another month). */
    boolean accept(CsvRecord record, Fields fields, long line) throws FieldError;
}
