package dev.retain.app.campaign.event;

/**
 * What a claim came to: a ticket, a place on the waiting list, or a refusal (no row then: not eligible, the
 * customer's limit reached, the event not taking claims). {@code replay}: the same source (message, prepay reference,
 * form) was seen before and this is the first answer again; {@code claim} is null for refusals.
 */
public record VipEventClaimResult(Outcome outcome, VipEventClaimView claim, boolean replay) {

    public enum Outcome {
        CLAIMED, WAITING, NOT_ELIGIBLE, LIMIT_REACHED, CLOSED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
