package dev.retain.app.assignment;

/**
 * A reassignment that may not happen, with the form field at fault and the message key
 * ({@code assignment.error.*}) that explains why.
 */
public class ReassignmentRefused extends RuntimeException {

    public enum Field { msisdn, managerId }

    private final Field field;
    private final String messageKey;

    public ReassignmentRefused(Field field, String messageKey, String detail) {
        super(messageKey + ": " + detail);
        this.field = field;
        this.messageKey = messageKey;
    }

    public Field field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
