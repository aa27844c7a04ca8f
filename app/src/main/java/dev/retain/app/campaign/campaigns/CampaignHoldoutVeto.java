package dev.retain.app.campaign.campaigns;

import dev.retain.app.notify.CampaignPurpose;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.ContactVeto;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The holdout enforced at send time (issue 15): notify's contact policy asks this for every contact that carries a
 * purpose — each outbox message as the dispatcher is about to send it, each campaign call task before it opens — and a
 * contact tagged {@code campaign:<id>} to a member of that campaign's holdout is suppressed, whatever the channel and
 * whoever queued it. So a holdout customer never receives the campaign even when a message reaches the outbox by
 * another path than a run. A customer who is no member yet (a message queued before the first run, or before they
 * match) is judged by the draw itself: it is deterministic, so the group a later run would give them is known now.
 * The purpose is read as notify's {@link CampaignPurpose} reads it: {@code campaign:12:reminder} is campaign 12's too.
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
        Optional<Long> campaignId = campaignOf(purpose);
        if (campaignId.isEmpty()) return Optional.empty();
        Optional<String> group = store.groupOf(campaignId.get(), msisdn);
        if (group.isPresent()) return group.filter("holdout"::equals).map(g -> REASON);
        // no member yet: the group a run would draw for them (the draw needs only the campaign's row and the number)
        return store.drawTerms(campaignId.get())
                .filter(t -> HoldoutDraw.holdout(HoldoutDraw.of(campaignId.get(), t.startsOn(), t.endsOn(), msisdn), t.holdoutShare()))
                .map(t -> REASON);
    }

    /** The campaign a purpose names ({@code campaign:<id>} and anything after it), if it names one. */
    static Optional<Long> campaignOf(String purpose) {
        return CampaignPurpose.campaignOf(purpose);
    }
}
