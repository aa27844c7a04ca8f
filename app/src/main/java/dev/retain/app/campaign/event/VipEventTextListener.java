package dev.retain.app.campaign.event;

import dev.retain.app.notify.CustomerTextReceived;
import dev.retain.app.security.PersonalData;
import dev.retain.engine.value.Msisdn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A customer's text that is an open event's keyword (the whole text, {@link VipEventKeywords#fold}) claims a ticket
 * of that event, after notify committed the message. Durable: delivered again after a restart when it had not
 * completed, which the claim's key (channel sms, the message's reference) makes harmless. Any other text is left alone.
 */
@Component
class VipEventTextListener {

    static final String LISTENER_ID = "campaign.vip-event-keyword";
    private static final Logger log = LoggerFactory.getLogger(VipEventTextListener.class);

    private final VipEvents events;

    VipEventTextListener(VipEvents events) {
        this.events = events;
    }

    @ApplicationModuleListener(id = LISTENER_ID)
    void on(CustomerTextReceived text) {
        events.openByKeyword(text.text()).ifPresent(event -> {
            if (!Msisdn.isValid(text.msisdn())) {
                // a sender that is no phone number (an alphanumeric address): nobody to give a ticket or answer; done with it
                log.info("the keyword of VIP event {} came from {}, which is no phone number: ignored", event.id(),
                        PersonalData.maskNumbersIn(text.msisdn()));
                return;
            }
            VipEventClaimResult result = events.claim(event.id(), text.msisdn(), VipEventClaimChannel.SMS, text.messageRef(), "customer");
            log.info("{} texted the keyword of VIP event {}: {}{}", PersonalData.maskMsisdn(text.msisdn()), event.id(),
                    result.outcome().code(), result.replay() ? " (again)" : "");
        });
    }
}
