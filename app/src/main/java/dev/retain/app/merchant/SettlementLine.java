package dev.retain.app.merchant;

import java.time.Instant;

/**
 * One line of a statement: a redemption ({@code direction} 1) or the refund of one an approved settlement had paid
 * ({@code -1}, signed figures). {@code msisdn} is masked. {@code refundedAt}: when the redemption was refunded, if
 * it was (for a line of direction 1, a refund after the application, to be deducted from a later month).
 */
public record SettlementLine(long redemptionId, String receiptNo, Instant at, String category, String offerTitle, String msisdn,
                             String clerk, int direction, long points, long valueFen, long feeFen, Instant refundedAt) {
}
