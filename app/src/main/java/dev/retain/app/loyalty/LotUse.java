package dev.retain.app.loyalty;

import java.time.LocalDate;

/**
 * One entry of a change on one lot: {@code points} signed as the entry is (negative where a redemption took points
 * from the lot, positive where a grant or a reversal gave them), so the lots of a receipt add up to its points.
 */
public record LotUse(long lotId, LocalDate expiresOn, long points) {
}
