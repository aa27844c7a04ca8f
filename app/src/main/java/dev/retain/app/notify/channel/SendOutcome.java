package dev.retain.app.notify.channel;

import java.time.Duration;

/** What a gateway did with one message. */
public sealed interface SendOutcome {

    /** Taken by the gateway: its id (to match delivery receipts) and the segments it counts. */
    record Accepted(String gatewayMessageId, int segments) implements SendOutcome {
    }

    /** Not taken now (gateway down, slow, throttling, queue full): try again, after {@code after} when the gateway said so. */
    record Retry(String error, Duration after) implements SendOutcome {
    }

    /**
     * The gateway cannot be reached at all (not bound, no server configured, connection refused): the
     * message waits for it like a message whose channel has no sender, and the wait uses none of its
     * attempts — a gateway down for a weekend must not make the weekend's messages give up.
     */
    record Unreachable(String error, Duration after) implements SendOutcome {
    }

    /** Refused for good (a bad number, a refused submit): the message fails with the gateway's error. */
    record Failed(String error) implements SendOutcome {
    }
}
