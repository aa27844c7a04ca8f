package dev.retain.app.campaign;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A self-service link that went to the outbox: the customer's number masked, until when it opens (as an instant and in
 * the business time zone), the message's id.
 */
public record SentAdviceLink(String maskedMsisdn, Instant expiresAt, LocalDateTime expiresLocal, long messageId) implements java.io.Serializable {
}
