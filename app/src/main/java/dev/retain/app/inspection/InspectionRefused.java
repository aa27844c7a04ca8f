package dev.retain.app.inspection;

/** A request the inspection rules refuse: a message code, the form field it concerns (or null) and the message's arguments. */
public class InspectionRefused extends RuntimeException {

    private final String code;
    private final String field;
    private final transient Object[] args;

    public InspectionRefused(String code, String field, Object... args) {
        super(code);
        this.code = code;
        this.field = field;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args;
    }
}
