package dev.retain.app.notify.internal;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.OutboundMessage;
import dev.retain.app.security.RetainUser;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages people and other systems queue through the API: a customer's number, a channel (or the
 * customer's preferred one), a template with variables or a plain text, a class. The idempotency key
 * a caller gives is its own ({@code api:<caller>:<key>}), so two systems cannot collide; without one
 * every request is a new message.
 */
@Service
public class MessageRequests {

    private final TransactionalOutbox outbox;

    MessageRequests(TransactionalOutbox outbox) {
        this.outbox = outbox;
    }

    /** What a caller asked for, as sent (codes in lower case: sms, email; service, marketing). */
    public record Request(String msisdn, String channel, String template, Map<String, String> variables, String text,
                          String messageClass, boolean secret, String reason, String idempotencyKey) {
    }

    @Transactional
    public TransactionalOutbox.Queued queue(RetainUser by, Request r) {
        if (r.msisdn() == null || r.msisdn().isBlank()) throw new IllegalArgumentException("msisdn is required");
        boolean hasTemplate = r.template() != null && !r.template().isBlank();
        boolean hasText = r.text() != null && !r.text().isBlank();
        if (hasTemplate == hasText) throw new IllegalArgumentException("give either template (with variables) or text");
        String key = r.idempotencyKey() == null || r.idempotencyKey().isBlank() ? UUID.randomUUID().toString() : r.idempotencyKey().strip();
        if (key.length() > 100) throw new IllegalArgumentException("idempotencyKey: at most 100 characters");
        OutboundMessage message = new OutboundMessage(r.msisdn(), null, channel(r.channel()), messageClass(r.messageClass()),
                hasTemplate ? r.template().strip() : null, r.variables(), hasText ? r.text() : null,
                r.reason() == null || r.reason().isBlank() ? "api" : r.reason(), "api:" + by.username() + ":" + key, r.secret());
        return outbox.queueAs(message, by.username());
    }

    private static Channel channel(String code) {
        if (code == null || code.isBlank()) return null;
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "sms" -> Channel.SMS;
            case "email" -> Channel.EMAIL;
            default -> throw new IllegalArgumentException("channel: sms or email (or none for the customer's preferred channel)");
        };
    }

    private static MessageClass messageClass(String code) {
        if (code == null || code.isBlank()) return MessageClass.MARKETING;
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "service" -> MessageClass.SERVICE;
            case "marketing" -> MessageClass.MARKETING;
            default -> throw new IllegalArgumentException("class: service or marketing");
        };
    }
}
