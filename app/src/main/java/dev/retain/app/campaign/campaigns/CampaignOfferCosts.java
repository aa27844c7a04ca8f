package dev.retain.app.campaign.campaigns;

import dev.retain.app.campaign.offer.Offer;
import dev.retain.app.campaign.offer.Offers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A campaign's offers from the catalogue: each must exist; their costs add up to what one treated member reserves. */
@Component
class CampaignOfferCosts {

    private final Offers offers;

    CampaignOfferCosts(Offers offers) {
        this.offers = offers;
    }

    /** The cost per treated member: the sum of the offers' costs; an unknown offer is refused at the field. */
    BigDecimal costPerMember(List<Long> offerIds) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Long id : offerIds.stream().distinct().toList()) {
            Offer offer = find(id).orElseThrow(() -> new CampaignRefused("campaigns.error.offer", "offerIds", id));
            if (offer.cost() != null) sum = sum.add(offer.cost());
        }
        return sum;
    }

    /** The offers' names in {@code locale}, joined for a message's {@code {offer}} variable. */
    String names(List<Long> offerIds, Locale locale) {
        return String.join("、", offerIds.stream().map(this::find).flatMap(Optional::stream).map(o -> o.name(locale)).toList());
    }

    Optional<Offer> find(Long id) {
        return id == null ? Optional.empty() : offers.find(id);
    }
}
