package dev.retain.app.notify.channel;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;

/**
 * A message the dispatcher hands to a {@link ChannelSender}, rendered and ready: {@code to} is the
 * canonical MSISDN for SMS, the address for email, the username for in-app; {@code subject} only
 * for email. {@code attempt} counts from 1. A {@code secret} body must not be logged.
 */
public record Dispatch(long messageId, Channel channel, String to, String subject, String body, MessageClass messageClass,
                       boolean secret, int attempt) {

    @Override
    public String toString() {
        // a one-time code must never reach a log through a careless toString
        return "Dispatch[" + messageId + " " + channel.code() + " attempt " + attempt + (secret ? " (secret)" : "") + "]";
    }
}
