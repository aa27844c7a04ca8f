package dev.retain.app.merchant;

import java.time.Instant;

/**
 * What the counter gives the customer: receipt number, what was taken ({@code kind} redemption, experience or
 * consumption; the offer for the first two), the points spent and the balance left. {@code msisdn} is the full
 * number: callers mask it for merchant staff ({@link #maskedMsisdn()}). {@code replay}: the answer to a repeated
 * Idempotency-Key, the first receipt unchanged.
 */
public record CounterReceipt(String receiptNo, String kind, Long offerId, String offerTitle, long points, long valueFen,
                             long balanceAfter, String msisdn, String clerk, Instant at, Instant reversedAt, boolean replay) {

    public String maskedMsisdn() {
        return dev.retain.app.security.PersonalData.maskMsisdn(msisdn);
    }

    public String valueYuan() {
        return java.math.BigDecimal.valueOf(valueFen, 2).toPlainString();
    }

    CounterReceipt asReplay() {
        return new CounterReceipt(receiptNo, kind, offerId, offerTitle, points, valueFen, balanceAfter, msisdn, clerk, at, reversedAt, true);
    }
}
