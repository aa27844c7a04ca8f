package dev.retain.app.merchant;

import java.time.LocalDate;

/**
 * An offer as its merchant enters it. {@code kind}: redemption (paid with {@code pointsPrice} points) or experience
 * (counts against the customer's yearly experiences; its points price may be 0). {@code valueYuan}: the retail
 * value, for settlement. {@code quota}: how many in all (null: no limit).
 */
public record OfferDraft(String title, String kind, long pointsPrice, java.math.BigDecimal valueYuan, LocalDate validFrom,
                         LocalDate validTo, Integer quota) {
}
