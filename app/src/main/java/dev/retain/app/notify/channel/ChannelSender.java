package dev.retain.app.notify.channel;

import dev.retain.app.notify.Channel;

/**
 * One way of sending (SMS over SMPP or CMPP, email over SMTP, in-app): a bean the dispatcher
 * finds by {@link #channel()}. Called only by the outbox's dispatcher, after the contact policy
 * allowed the message; never by a business module.
 */
public interface ChannelSender {

    Channel channel();

    /**
     * Hands one message to the gateway and says what became of it. Must not throw for a gateway
     * problem: a refusal is {@link SendOutcome.Failed}, a gateway that is down, slow or throttling
     * is {@link SendOutcome.Retry}.
     */
    SendOutcome send(Dispatch dispatch);
}
