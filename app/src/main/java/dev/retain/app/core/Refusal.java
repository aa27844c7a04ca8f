package dev.retain.app.core;

/**
 * Something the user asked for that a module refuses for a reason they can fix: {@code code} is a message key of the
 * module's bundle (with its {@code args}), {@code field} the form field it belongs to (null: the form as a whole), so a
 * page shows it where it was typed and an API answers it as a problem. Each module names its own subclass.
 */
public abstract class Refusal extends RuntimeException {

    private final String code;
    private final String field;
    private final transient Object[] args;

    protected Refusal(String code, String field, Object... args) {
        super(code);
        this.code = code;
        this.field = field;
        this.args = args == null ? new Object[0] : args;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
