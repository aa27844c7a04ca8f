package dev.retain.app.campaign.campaigns;

import dev.retain.app.campaign.offer.Offer;
import dev.retain.app.campaign.offer.Offers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A campaign's offers from the catalogue: each must exist, be active and valid over the whole campaign (checked at the
 * set-up, and again at each run for the run's day: an offer retired or expired since refuses the run); their costs add
 * up to what one treated member reserves.
 */
@Component
class CampaignOfferCosts {

    private final Offers offers;

    CampaignOfferCosts(Offers offers) {
        this.offers = offers;
    }

    /**
     * The cost per treated member: the sum of the offers' costs. An unknown offer, a retired one or one not valid from
     * {@code startsOn} to {@code endsOn} is refused at the field, in words.
     */
    BigDecimal costPerMember(List<Long> offerIds, LocalDate startsOn, LocalDate endsOn) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Long id : offerIds.stream().distinct().toList()) {
            Offer offer = find(id).orElseThrow(() -> new CampaignRefused("campaigns.error.offer", "offerIds", id));
            if (!offer.active()) throw new CampaignRefused("campaigns.error.offer-retired", "offerIds", offer.code(), offer.nameZh());
            if (offer.validFrom().isAfter(startsOn) || offer.validTo().isBefore(endsOn)) {
                throw new CampaignRefused("campaigns.error.offer-dates", "offerIds", offer.code(), offer.nameZh(), offer.validFrom().toString(),
                        offer.validTo().toString());
            }
            if (offer.cost() != null) sum = sum.add(offer.cost());
        }
        return sum;
    }

    /** At a run on {@code day}: every offer still exists, is active and valid that day, or the run is refused naming it. */
    void checkUsable(List<Long> offerIds, LocalDate day) {
        for (Long id : offerIds) {
            Optional<Offer> offer = find(id);
            if (offer.isEmpty()) throw new CampaignRefused("campaigns.error.run-offer", null, String.valueOf(id), "?");
            if (!offer.get().active() || !offer.get().validOn(day)) {
                throw new CampaignRefused("campaigns.error.run-offer", null, offer.get().code(), offer.get().nameZh());
            }
        }
    }

    /** The offers' names in {@code locale}, joined for a message's {@code {offer}} variable. */
    String names(List<Long> offerIds, Locale locale) {
        return String.join("、", offerIds.stream().map(this::find).flatMap(Optional::stream).map(o -> o.name(locale)).toList());
    }

    /** Each offer as {@code code name} in {@code locale} (an id no longer in the catalogue as {@code #id}). */
    List<String> labels(List<Long> offerIds, Locale locale) {
        return offerIds.stream().map(id -> find(id).map(o -> o.code() + " " + o.name(locale)).orElse("#" + id)).toList();
    }

    /** The active offers a campaign may name, for the set-up form: id, code, name, cost and validity. */
    List<String> catalogue(Locale locale) {
        return offers.active().stream().map(o -> o.id() + " · " + o.code() + " " + o.name(locale) + " · ¥" + (o.cost() == null ? "0" : o.cost().toPlainString())
                + " · " + o.validFrom() + "–" + o.validTo()).toList();
    }

    Optional<Offer> find(Long id) {
        return id == null ? Optional.empty() : offers.find(id);
    }
}
