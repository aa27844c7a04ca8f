package dev.retain.app.workorder;

/** A value a work order cannot take, naming the field (the API answers with it): nothing was written. */
public class InvalidWorkOrderField extends IllegalArgumentException {

    private final String field;

    public InvalidWorkOrderField(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
