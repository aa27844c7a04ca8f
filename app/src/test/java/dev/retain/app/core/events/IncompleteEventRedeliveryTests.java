package dev.retain.app.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.EventPublication.Status;

/** Which failed module events the redelivery task sends again: after a pause that grows with the attempts; never one in flight. */
class IncompleteEventRedeliveryTests {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final Duration STUCK_AFTER = Duration.ofMinutes(10);

    @Test
    void aFailedListenerIsTriedAgainAfterAMinutePerAttemptAtMostAnHour() {
        assertThat(due(Status.FAILED, NOW.minusSeconds(59), null, 1)).isFalse();
        assertThat(due(Status.FAILED, NOW.minusSeconds(60), null, 1)).isTrue();
        assertThat(due(Status.FAILED, NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofMinutes(4)), 5)).as("last tried 4 min ago, 5 attempts")
                .isFalse();
        assertThat(due(Status.FAILED, NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofMinutes(5)), 5)).isTrue();
        assertThat(due(Status.FAILED, NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofMinutes(61)), 500)).as("the pause stops growing at an hour")
                .isTrue();
    }

    @Test
    void aListenerInFlightIsNeverSentAgainByTheFilter() {
        for (Status inFlight : new Status[] {Status.PUBLISHED, Status.PROCESSING, Status.RESUBMITTED, Status.COMPLETED}) {
            assertThat(due(inFlight, NOW.minus(Duration.ofDays(1)), null, 1)).as("%s: marked failed first when abandoned", inFlight).isFalse();
        }
    }

    private static boolean due(Status status, Instant published, Instant lastResubmitted, int attempts) {
        return IncompleteEventRedelivery.due(new Publication(status, published, lastResubmitted, attempts), NOW, STUCK_AFTER);
    }

    private record Publication(Status status, Instant published, Instant lastResubmitted, int attempts) implements EventPublication {
        @Override public UUID getIdentifier() { return UUID.nameUUIDFromBytes(published.toString().getBytes()); }
        @Override public Object getEvent() { return "event"; }
        @Override public Instant getPublicationDate() { return published; }
        @Override public Optional<Instant> getCompletionDate() { return Optional.empty(); }
        @Override public Status getStatus() { return status; }
        @Override public Instant getLastResubmissionDate() { return lastResubmitted; }
        @Override public int getCompletionAttempts() { return attempts; }
    }
}
