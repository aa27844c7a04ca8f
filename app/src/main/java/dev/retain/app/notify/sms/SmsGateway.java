package dev.retain.app.notify.sms;

import dev.retain.app.notify.channel.Dispatch;
import dev.retain.app.notify.channel.SendOutcome;

/**
 * One connection to an SMS gateway (SMPP or CMPP) behind {@link SmsChannelSender}: keeps itself
 * bound (reconnecting with backoff), sends a message as its segments at the gateway's shared
 * rate, and hands receipts and customers' messages to the outbox.
 */
public interface SmsGateway extends AutoCloseable {

    /** {@code smpp} or {@code cmpp}: the gauge's tag and the key of the shared rate. */
    String name();

    /** Never throws for a gateway problem: {@link SendOutcome.Retry} or {@link SendOutcome.Failed} instead. */
    SendOutcome send(Dispatch dispatch);

    boolean bound();

    /** Why it is not bound (null when bound): the reason a message waits. */
    String problem();

    @Override
    void close();
}
