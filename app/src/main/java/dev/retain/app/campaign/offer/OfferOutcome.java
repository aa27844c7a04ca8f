package dev.retain.app.campaign.offer;

import java.util.Arrays;
import java.util.Locale;

/** A customer's answer to an offer that was made to them. */
public enum OfferOutcome {
    ACCEPTED, DECLINED;

    /** As stored in offer_response.outcome. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OfferOutcome of(String code) {
        return Arrays.stream(values()).filter(o -> o.code().equals(code)).findFirst()
                .orElseThrow(() -> new OfferRefused("outcome", "offer.error.outcome"));
    }
}
