package dev.retain.app.notify.internal;

import java.time.Duration;

/**
 * How long a message waits before its next attempt: {@code first} after the first, doubling each
 * time up to {@code max}; never less than what the gateway asked for.
 */
record Backoff(Duration first, Duration max) {

    Duration after(int attempt, Duration gatewayAsked) {
        Duration wait = max;
        // 2^(attempt-1) × first, without overflowing for large attempt numbers
        if (attempt - 1 < 30) {
            Duration doubled = first.multipliedBy(1L << Math.max(0, attempt - 1));
            if (doubled.compareTo(max) < 0) wait = doubled;
        }
        return gatewayAsked != null && gatewayAsked.compareTo(wait) > 0 ? gatewayAsked : wait;
    }
}
