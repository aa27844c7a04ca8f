package dev.retain.app.merchant;

import java.time.LocalDate;

/** An offer of a merchant; {@code used} of {@code quota} taken (quota null: no limit). */
public record OfferView(long id, long merchantId, String title, String kind, long pointsPrice, long valueFen, LocalDate validFrom,
                        LocalDate validTo, Integer quota, int used, boolean active) {

    /** Can be taken on {@code day}: active, within its dates, and with quota left. */
    public boolean usableOn(LocalDate day) {
        return active && !day.isBefore(validFrom) && !day.isAfter(validTo) && (quota == null || used < quota);
    }

    public boolean experience() {
        return "experience".equals(kind);
    }

    /** The value in yuan with two decimals, for pages. */
    public String valueYuan() {
        return java.math.BigDecimal.valueOf(valueFen, 2).toPlainString();
    }
}
