package dev.retain.app.campaign.campaigns;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.CustomerTextReceived;
import dev.retain.engine.value.Msisdn;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A customer's text after notify kept it (durable: delivered again after a restart; the message's reference makes
 * that harmless) counts as a response to the newest SMS campaign that contacted them, if any.
 */
@Component
class CampaignReplyListener {

    private final CampaignResponses responses;

    CampaignReplyListener(CampaignResponses responses) {
        this.responses = responses;
    }

    @ApplicationModuleListener(id = "campaign.campaign-reply")
    void on(CustomerTextReceived text) {
        if (text.channel() != Channel.SMS || !Msisdn.isValid(text.msisdn())) return;
        responses.replied(Msisdn.canonical(text.msisdn()), text.at(), text.messageRef());
    }
}
