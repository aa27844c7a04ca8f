package dev.retain.app.campaign.offer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The next best offer's knobs ({@code retain.offers}): an offer the customer declined is not offered again for
 * {@code decline-window-days} days (default 90); the learned acceptance rate starts from the offer's prior as a Beta prior
 * worth {@code prior-weight} answers (default 20: twenty answers in a zone move the rate half way to what they say).
 */
@ConfigurationProperties("retain.offers")
public record OfferSettings(@DefaultValue("90") int declineWindowDays, @DefaultValue("20") int priorWeight) {

    public OfferSettings {
        if (declineWindowDays < 0 || declineWindowDays > 3650) throw new IllegalArgumentException("retain.offers.decline-window-days: 0..3650");
        if (priorWeight < 1 || priorWeight > 10_000) throw new IllegalArgumentException("retain.offers.prior-weight: 1..10000");
    }
}
