package dev.retain.app.merchant;

import java.time.Instant;

/** A verified customer at the counter: the bearer {@code token} names them to this merchant until {@code expiresAt}. */
public record CounterToken(String token, Instant expiresAt, String maskedMsisdn, String tier) {
}
