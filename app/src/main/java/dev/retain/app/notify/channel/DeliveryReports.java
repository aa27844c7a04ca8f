package dev.retain.app.notify.channel;

import dev.retain.app.notify.Channel;
import java.time.Instant;

/**
 * What gateways tell the outbox after a send: delivery receipts, matched by the gateway's
 * message id as {@link SendOutcome.Accepted} returned it (the sender normalises ids: gateways mix
 * hex and decimal, upper and lower case), and messages customers send back (mobile originated),
 * already reassembled when they came in several parts. Implemented by the outbox.
 */
public interface DeliveryReports {

    /** A receipt: {@code delivered} or not, with the gateway's error code when not. Unknown ids are logged and ignored. */
    void receipt(Channel channel, String gatewayMessageId, boolean delivered, String error, Instant at);

    /** A whole message from a customer; keywords such as TD, 退订, STOP opt the sender out on every channel. */
    void inbound(Channel channel, String fromMsisdn, String text, Instant at);
}
