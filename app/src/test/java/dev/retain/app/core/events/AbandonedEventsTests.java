package dev.retain.app.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A publication left "processing" by an instance that stopped is marked failed once it is {@code stuck-after} old, so
 * the redelivery task sends it again; a younger one (another instance may be running its listener) and a completed one
 * are left as they are.
 */
@RetainWebTest
class AbandonedEventsTests {

    @Autowired JdbcClient jdbc;

    @Test
    void onlyPublicationsInFlightLongerThanStuckAfterAreMarkedFailed() {
        UUID abandoned = publication("PROCESSING", "11 minutes", null);
        UUID running = publication("PROCESSING", "5 minutes", null);
        UUID resubmittedLongAgo = publication("RESUBMITTED", "3 hours", "12 minutes");
        UUID resubmittedJustNow = publication("RESUBMITTED", "3 hours", "1 minute");
        UUID completed = publication("COMPLETED", "3 hours", null);
        try {
            IncompleteEventRedelivery.markAbandonedAsFailed(jdbc, Duration.ofMinutes(10));
            assertThat(status(abandoned)).isEqualTo("FAILED");
            assertThat(status(running)).isEqualTo("PROCESSING");
            assertThat(status(resubmittedLongAgo)).isEqualTo("FAILED");
            assertThat(status(resubmittedJustNow)).isEqualTo("RESUBMITTED");
            assertThat(status(completed)).isEqualTo("COMPLETED");
        } finally {
            jdbc.sql("delete from event_publication where listener_id = 'abandoned-events-test'").update();
        }
    }

    private UUID publication(String status, String age, String resubmittedAgo) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date, status,
                          completion_attempts, last_resubmission_date)
                        values (?, 'abandoned-events-test', 'java.lang.String', '"x"', now() - cast(? as interval),
                          case when ? = 'COMPLETED' then now() end, ?, 1, now() - cast(? as interval))""")
                .params(id, age, status, status, resubmittedAgo).update();
        return id;
    }

    private String status(UUID id) {
        return jdbc.sql("select status from event_publication where id = ?").param(id).query(String.class).single();
    }
}
