package dev.retain.app.campaign.offer;

/**
 * An answer as recorded: its id, the offer and the outcome. {@code repeated}: the form's key had been sent before, and
 * this is the first answer made with it (nothing was taken or added again).
 */
public record RecordedAnswer(long id, long offerId, OfferOutcome outcome, boolean repeated) {
}
