package dev.retain.app.campaign.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as set up (the form, the API's JSON): {@code channel} a code ({@code sms}, {@code email}, {@code in_app},
 * {@code call}); a message is a notify template's code or a plain text (neither for a call); {@code holdoutShare} a
 * fraction in [0, 1); {@code budget} in CNY; {@code startsOn}..{@code endsOn} inclusive, business dates; {@code autoRun}:
 * the daily job runs it once on its start date.
 */
public record CampaignDraft(String name, String targetRule, List<Long> offerIds, String channel, String templateCode, String text,
                            BigDecimal holdoutShare, BigDecimal budget, LocalDate startsOn, LocalDate endsOn, boolean autoRun) {

    public CampaignDraft {
        // an empty entry ("offerIds":[null]) is the caller's mistake, named at its field
        if (offerIds != null && offerIds.stream().anyMatch(java.util.Objects::isNull)) throw new CampaignRefused("campaigns.error.offer-empty", "offerIds");
        offerIds = offerIds == null ? List.of() : List.copyOf(offerIds);
    }

    /** A campaign run by hand or through the API only. */
    public CampaignDraft(String name, String targetRule, List<Long> offerIds, String channel, String templateCode, String text,
                         BigDecimal holdoutShare, BigDecimal budget, LocalDate startsOn, LocalDate endsOn) {
        this(name, targetRule, offerIds, channel, templateCode, text, holdoutShare, budget, startsOn, endsOn, false);
    }
}
