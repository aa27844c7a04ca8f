package dev.retain.app.campaign.offer;

import java.math.BigDecimal;

/**
 * What the answers taught about one offer in one segment (the customer's zone when they answered): the answers counted,
 * the offer's prior and the learned rate = (prior × weight + accepted) / (weight + answers), the mean of the Beta
 * posterior that starts from the prior as {@code weight} answers.
 */
public record LearnedAcceptance(long offerId, String offerCode, String segment, int accepted, int declined, BigDecimal prior,
                                int priorWeight, double rate) {

    public int answers() {
        return accepted + declined;
    }

    /** The learned rate from a prior and the answers. */
    public static double rate(BigDecimal prior, int priorWeight, int accepted, int answers) {
        return (prior.doubleValue() * priorWeight + accepted) / (priorWeight + answers);
    }
}
