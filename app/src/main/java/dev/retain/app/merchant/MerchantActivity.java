package dev.retain.app.merchant;

/**
 * One merchant's counter activity in a period (refunded receipts counted apart, not in the other figures):
 * redemptions of offers, experiences, consumptions paid in points, the points spent, their value in fen, the distinct
 * customers served, and the refunds.
 */
public record MerchantActivity(long merchantId, String code, String name, MerchantClub club, boolean online, long redemptions,
                               long experiences, long consumptions, long points, long valueFen, long customers, long refunds) {

    public long receipts() {
        return redemptions + experiences + consumptions;
    }

    public String valueYuan() {
        return java.math.BigDecimal.valueOf(valueFen, 2).toPlainString();
    }
}
