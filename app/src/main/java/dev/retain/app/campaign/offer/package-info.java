/**
 * The offer catalogue (SPEC R7.1, issue 15) and the next best offer (R7.3): offers of eight kinds with their parameters,
 * an eligibility rule in CEL over the customer's rule facts, a cost, validity dates and a stock that never goes below
 * zero ({@link dev.retain.app.campaign.offer.Offers}); the customers' answers, the acceptance rates learned from them per
 * offer and zone ({@link dev.retain.app.campaign.offer.OfferResponses}), and the eligible offers ranked by expected value
 * ({@link dev.retain.app.campaign.offer.NextBestOffers}). A named interface: the 360° view and the task page show the
 * ranking and record the answers.
 */
@org.springframework.modulith.NamedInterface("offer")
package dev.retain.app.campaign.offer;
