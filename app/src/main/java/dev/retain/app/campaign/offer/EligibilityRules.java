package dev.retain.app.campaign.offer;

import dev.retain.engine.rules.FactCondition;
import dev.retain.engine.rules.Facts;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Whether an offer's eligibility rule holds on a customer's facts: one cache of compiled rules for the ranking
 * ({@link NextBestOffers}) and the answers ({@link OfferResponses}), so both judge a customer by the same rule the same way.
 */
@Component
class EligibilityRules {

    /** Compiled rules by their text: compiling is the costly part, and the rules change seldom. */
    private final Map<String, FactCondition> compiled = new ConcurrentHashMap<>();

    boolean holds(Offer offer, Facts facts) {
        return compiled.computeIfAbsent(offer.eligibility(), FactCondition::compile).test(facts);
    }
}
