package dev.retain.app.campaign.offer;

import java.time.YearMonth;
import java.util.List;

/**
 * The next best offers for one customer (SPEC R7.3) on their newest rule facts ({@code month}, their zone
 * {@code segment}): the eligible offers, best first, and the offers left out because the customer declined them
 * recently (within the decline window) or accepted them already (while the offer runs). {@code unvalued}: why nothing
 * is ranked although offers fit (the facts lack a bill or a churn score), in the page's language; null otherwise.
 */
public record NextBestOfferView(String msisdn, YearMonth month, String segment, List<RankedOffer> ranked, List<Offer> declinedRecently,
                                List<Offer> acceptedAlready, int declineWindowDays, String unvalued) {

    public NextBestOfferView {
        ranked = List.copyOf(ranked);
        declinedRecently = List.copyOf(declinedRecently);
        acceptedAlready = List.copyOf(acceptedAlready);
    }
}
