package dev.retain.app.campaign.offer;

import java.math.BigDecimal;

/**
 * One eligible offer and why it ranks where it does: expected value = churn score × monthly value (the bill) × expected
 * acceptance × horizon (months) − cost, in CNY; {@code reason} says it in words in the page's language.
 */
public record RankedOffer(Offer offer, double churnScore, BigDecimal monthlyValue, LearnedAcceptance acceptance, int horizonMonths,
                          BigDecimal expectedValue, String reason) {

    public boolean worthIt() {
        return expectedValue.signum() > 0;
    }
}
