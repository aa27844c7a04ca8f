package dev.retain.app.notify;

import java.util.Map;
import java.util.Objects;

/**
 * One message a module wants sent. Either {@code templateCode} with {@code variables}, or plain
 * {@code text}. {@code msisdn} identifies the customer (any form; the outbox keys on
 * {@code Msisdn.canonical}); for {@link Channel#IN_APP} the recipient is a staff {@code username}
 * instead. A {@code null} channel means the customer's preferred channel. {@code reason} says why
 * (e.g. {@code birthday}, {@code festival:mid_autumn}, {@code points_expiry}: shown on screens and
 * used to merge one customer's reasons of one day into one contact); {@code idempotencyKey}, unique
 * per source, makes a repeated queue a no-op. A {@code secret} body (a one-time code) is never shown
 * on a screen, in an API answer or in a log.
 */
public record OutboundMessage(String msisdn, String username, Channel channel, MessageClass messageClass, String templateCode,
                              Map<String, String> variables, String text, String reason, String idempotencyKey, boolean secret) {

    public OutboundMessage {
        Objects.requireNonNull(messageClass, "messageClass");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (channel == Channel.CALL) throw new IllegalArgumentException("a call is a task, not a message");
        if ((templateCode == null) == (text == null)) throw new IllegalArgumentException("either a template or a text");
        if ((msisdn == null) == (username == null)) throw new IllegalArgumentException("either a customer's msisdn or a staff username");
        variables = variables == null ? Map.of() : Map.copyOf(variables);
    }

    /** A templated message to a customer. */
    public static OutboundMessage toCustomer(String msisdn, Channel channel, MessageClass messageClass, String templateCode,
                                             Map<String, String> variables, String reason, String idempotencyKey) {
        return new OutboundMessage(msisdn, null, channel, messageClass, templateCode, variables, null, reason, idempotencyKey, false);
    }

    /** A notification to a member of staff in the application. */
    public static OutboundMessage toStaff(String username, String templateCode, Map<String, String> variables, String reason,
                                          String idempotencyKey) {
        return new OutboundMessage(null, username, Channel.IN_APP, MessageClass.SERVICE, templateCode, variables, null, reason,
                idempotencyKey, false);
    }
}
