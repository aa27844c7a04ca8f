package dev.retain.app.merchant;

import java.time.Instant;
import java.util.UUID;

/** A one-time code sent to the customer: its id (for the till's next call), the number masked, and when the code expires. */
public record CounterVerification(UUID id, String maskedMsisdn, Instant expiresAt) {
}
