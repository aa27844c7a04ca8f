package dev.retain.engine.value;

/**
 * How a customer prefers to be reached (subscribers.csv {@code preferred_channel}; SPEC R6.3):
 * a text message, an email, or a call from their manager. Empty in the export means SMS, the
 * channel every mobile customer has.
 */
public enum PreferredChannel {
    SMS, EMAIL, CALL;

    private final String code = name().toLowerCase(java.util.Locale.ROOT);

    /** The contract's lower-case code. */
    public String code() {
        return code;
    }

    public static PreferredChannel parse(String code) {
        return CodeLookup.of(PreferredChannel.class, code);
    }
}
