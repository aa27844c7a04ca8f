/**
 * Reaching the customer (SPEC R6.6, R13, issue 11): the one way out for every outbound message.
 * Other modules queue a message with {@link dev.retain.app.notify.Outbox#queue} in the same
 * transaction as the business change that caused it, and ask {@link dev.retain.app.notify.ContactPolicy}
 * before they create an outbound call task. Senders (SMPP, CMPP, SMTP, in-app) plug in through
 * {@code notify.channel}; templates are rendered through {@code notify.template}.
 */
package dev.retain.app.notify;
