package dev.retain.app.merchant;

import java.time.Instant;

/** One line of a merchant's history: what was done, by whom, and the merchant as it stood afterwards (JSON). */
public record MerchantChange(int version, Instant at, String byUser, String action, String snapshot) {
}
