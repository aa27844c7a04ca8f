package dev.retain.app.complaint;

/**
 * A complaint that cannot be taken or a step that is not allowed in its state: the message names the
 * field (before the colon) where one is at fault.
 */
public class ComplaintRefusedException extends IllegalArgumentException {

    private final String field;

    public ComplaintRefusedException(String field, String message) {
        super(field == null ? message : field + ": " + message);
        this.field = field;
    }

    /** The request's field at fault, or null when the state forbids the step. */
    public String field() {
        return field;
    }
}
