package dev.retain.app.notify;

/**
 * How a customer (or a member of staff, for {@link #IN_APP}) is reached. {@link #CALL} is an
 * outbound call by a manager: never an outbox message, but it passes the same contact policy
 * before a call task is created.
 */
public enum Channel {
    SMS, EMAIL, IN_APP, CALL;

    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    /** As stored and shown in messages ({@code notify.channel.<code>}). */
    public String code() {
        return code;
    }
}
