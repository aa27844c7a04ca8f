package dev.retain.app.campaign.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as set up (the form, the API's JSON): {@code channel} a code ({@code sms}, {@code email}, {@code in_app},
 * {@code call}); a message is a notify template's code or a plain text (neither for a call); {@code holdoutShare} a
 * fraction in [0, 1); {@code budget} in CNY; {@code startsOn}..{@code endsOn} inclusive, business dates.
 */
public record CampaignDraft(String name, String targetRule, List<Long> offerIds, String channel, String templateCode, String text,
                            BigDecimal holdoutShare, BigDecimal budget, LocalDate startsOn, LocalDate endsOn) {

    public CampaignDraft {
        offerIds = offerIds == null ? List.of() : List.copyOf(offerIds);
    }
}
