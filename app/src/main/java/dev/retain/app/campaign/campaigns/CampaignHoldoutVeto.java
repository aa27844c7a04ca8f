package dev.retain.app.campaign.campaigns;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.ContactVeto;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The holdout enforced at send time (issue 15): notify's contact policy asks this for every contact that carries a
 * purpose — each outbox message as the dispatcher is about to send it, each campaign call task before it opens — and a
 * contact tagged {@code campaign:<id>} to a member of that campaign's holdout is suppressed, whatever the channel and
 * whoever queued it. So a holdout customer never receives the campaign even when a message reaches the outbox by
 * another path than a run.
 */
@Component
class CampaignHoldoutVeto implements ContactVeto {

    static final String PURPOSE_PREFIX = "campaign:";
    static final String REASON = "holdout";

    private final CampaignStore store;

    CampaignHoldoutVeto(CampaignStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> veto(String msisdn, Channel channel, String purpose) {
        if (!purpose.startsWith(PURPOSE_PREFIX)) return Optional.empty();
        long campaignId;
        try {
            campaignId = Long.parseLong(purpose.substring(PURPOSE_PREFIX.length()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return store.groupOf(campaignId, msisdn).filter("holdout"::equals).map(g -> REASON);
    }
}
