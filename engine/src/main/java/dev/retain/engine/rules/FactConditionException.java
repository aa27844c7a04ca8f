package dev.retain.engine.rules;

/** A condition over the facts that does not compile; the message is CEL's, for a form to show at the field. */
public final class FactConditionException extends RuntimeException {

    public FactConditionException(String message) {
        super(message);
    }
}
