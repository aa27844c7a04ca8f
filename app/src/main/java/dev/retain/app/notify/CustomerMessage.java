package dev.retain.app.notify;

import java.time.LocalDateTime;

/**
 * One message to a customer as the 360 view shows it: channel, class and reason, its state and,
 * when held, suppressed or failed, why ({@code stateReason}, a policy code or the gateway's error;
 * {@code mergedInto} for a marketing message merged into the day's first contact). Times are in the
 * business zone. {@code body} is null for a secret message: it is never shown.
 */
public record CustomerMessage(long id, Channel channel, MessageClass messageClass, String reason, MessageState state,
                              String stateReason, LocalDateTime nextAttemptAt, Long mergedInto, boolean secret, String body,
                              LocalDateTime queuedAt, LocalDateTime updatedAt) {
}
