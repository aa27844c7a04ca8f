package dev.retain.engine.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * A complaint repeats the earlier complaints of the same customer and category received within the
 * window before it (004: "repeat complaints"). Later complaints never count, so a re-run over history
 * gives each complaint the count it had when it arrived.
 */
public final class RepeatDetector {

    private RepeatDetector() {
    }

    /** How many of {@code earlier} (the same customer's complaints of the same category) fall in [receivedAt - window, receivedAt). */
    public static int repeatCount(Instant receivedAt, Collection<Instant> earlier, int windowDays) {
        Instant from = receivedAt.minus(Duration.ofDays(windowDays));
        int n = 0;
        for (Instant t : earlier) {
            if (!t.isBefore(from) && t.isBefore(receivedAt)) n++;
        }
        return n;
    }
}
