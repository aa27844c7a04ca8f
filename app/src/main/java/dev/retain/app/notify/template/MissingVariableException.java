package dev.retain.app.notify.template;

/** A template uses a variable the caller did not give (named, so the caller can fix it). */
public class MissingVariableException extends IllegalArgumentException {

    private final String variable;

    public MissingVariableException(String template, String variable) {
        super("template '" + template + "' needs the variable {" + variable + "}");
        this.variable = variable;
    }

    public String variable() {
        return variable;
    }
}
