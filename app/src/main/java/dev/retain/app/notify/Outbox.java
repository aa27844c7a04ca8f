package dev.retain.app.notify;

/**
 * The one way out (SPEC R13.1): a message queued here is a row of the outbox written in the
 * caller's transaction, so it exists exactly when the business change that caused it commits;
 * the dispatcher sends it later under the contact policy. Nothing else sends.
 */
public interface Outbox {

    /**
     * Queues {@code message} in the caller's transaction (one must be active) and returns its id;
     * a message with an idempotency key already queued returns the first message's id and queues nothing.
     */
    long queue(OutboundMessage message);

    /**
     * {@link #queue(OutboundMessage)}, sent no earlier than {@code notBefore} (null: as soon as the policy
     * allows): a greeting prepared days ahead goes on its day, not when it was prepared.
     */
    long queue(OutboundMessage message, java.time.Instant notBefore);
}
