package dev.retain.app.notify.sms;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.channel.ChannelSender;
import dev.retain.app.notify.channel.Dispatch;
import dev.retain.app.notify.channel.SendOutcome;
import dev.retain.app.security.PersonalData;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SMS channel: the outbox's dispatcher hands each SMS to the configured gateway here. */
final class SmsChannelSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(SmsChannelSender.class);

    private final SmsGateway gateway;
    private final java.util.function.BiConsumer<String, String> secretAhead;

    /** {@code secretAhead}: told the number and text of a secret message before it is submitted (the local simulator). */
    SmsChannelSender(SmsGateway gateway, java.util.function.BiConsumer<String, String> secretAhead) {
        this.gateway = gateway;
        this.secretAhead = secretAhead;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public SendOutcome send(Dispatch dispatch) {
        if (dispatch.to() == null || dispatch.to().isBlank()) return new SendOutcome.Failed("no phone number to send to");
        try {
            if (dispatch.secret()) secretAhead.accept(dispatch.to(), dispatch.body());
            return gateway.send(dispatch);
        } catch (RuntimeException e) {
            // the contract: a sender never throws; the message is tried again. Never the body in the log (a one-time code).
            log.error("SMS {} to {}: unexpected failure in the {} sender", dispatch, PersonalData.maskMsisdn(dispatch.to()), gateway.name(), e);
            return new SendOutcome.Retry("unexpected failure in the " + gateway.name() + " sender: " + e.getClass().getSimpleName(),
                    Duration.ofSeconds(30));
        }
    }
}
