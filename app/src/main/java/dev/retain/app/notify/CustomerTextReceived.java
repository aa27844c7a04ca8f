package dev.retain.app.notify;

import java.time.Instant;

/**
 * A customer sent us a message (mobile originated, whole: concatenated parts already joined) that is no opt-out
 * keyword: published with the transaction that keeps it ({@code inbound_message}), so a module that answers texts
 * (a VIP event's keyword, issue 15) hears of it after the commit, durably. {@code msisdn} is canonical;
 * {@code messageRef} is unique per received message ({@code <channel>:<inbound_message id>}): the key a listener
 * makes its work idempotent by.
 */
public record CustomerTextReceived(Channel channel, String msisdn, String text, Instant at, String messageRef) {
}
