package dev.retain.app.notify;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where an outbox message stands. {@link #QUEUED}: waiting for the dispatcher (first time or after
 * a retry); {@link #HELD}: the policy (quiet hours, a cap) or a missing sender keeps it until a
 * time, with the reason; {@link #SENDING}: handed to a sender; {@link #SENT}: the gateway took it;
 * {@link #DELIVERED}: the receipt says it arrived; {@link #FAILED}: the gateway refused it or
 * retries gave up (with the error); {@link #SUPPRESSED}: the policy stopped it for good (opt-out,
 * consent, do-not-disturb, merged into another), with the reason.
 */
public enum MessageState {
    QUEUED, HELD, SENDING, SENT, DELIVERED, FAILED, SUPPRESSED;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** As stored (outbox_message.state) and shown in messages ({@code notify.state.<code>}). */
    public String code() {
        return code;
    }

    public static MessageState ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown message state '" + code + "'"));
    }
}
