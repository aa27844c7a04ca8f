package dev.retain.app.core.events;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.retain.app.core.DatabaseSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * Module events whose listener did not complete are delivered again by one instance at a time (a db-scheduler task),
 * not by every instance at its start: an instance starting while another is still running a listener would run it a
 * second time. Delivered again: a publication whose listener failed, after a pause that grows with its attempts (a
 * minute per attempt, at most an hour); one still "published" or "processing" after {@code retain.events.stuck-after}
 * — its instance stopped while the listener ran, or before it started. On the embedded database (one instance by
 * construction: its folder is locked) every unfinished event is delivered again at once at the start, as nothing else
 * can be running it.
 */
@Configuration(proxyBeanMethods = false)
class IncompleteEventRedelivery {

    static final Duration CHECK_EVERY = Duration.ofSeconds(30);
    private static final Duration MAX_PAUSE = Duration.ofHours(1);

    private final IncompleteEventPublications incomplete;
    private final DatabaseSettings database;

    IncompleteEventRedelivery(IncompleteEventPublications incomplete, DatabaseSettings database) {
        this.incomplete = incomplete;
        this.database = database;
    }

    @Bean
    RecurringTask<Void> incompleteEventRedeliveryTask(EventRegistrySettings settings, Clock clock, JdbcClient jdbc) {
        return Tasks.recurring("incomplete-event-redelivery", Schedules.fixedDelay(CHECK_EVERY))
                .execute((instance, context) -> {
                    markAbandonedAsFailed(jdbc, settings.stuckAfter());
                    incomplete.resubmitIncompletePublications(
                            ResubmissionOptions.defaults().withFilter(p -> due(p, clock.instant(), settings.stuckAfter())));
                });
    }

    /**
     * Modulith resubmits only failed publications: one left published, processing or resubmitted by an instance that
     * stopped is marked failed here once it is {@code stuckAfter} old, so the same pass sends it again.
     */
    static int markAbandonedAsFailed(JdbcClient jdbc, Duration stuckAfter) {
        return jdbc.sql("""
                        update event_publication set status = 'FAILED'
                        where completion_date is null and status in ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
                          and coalesce(last_resubmission_date, publication_date) < now() - make_interval(secs => :seconds)""")
                .param("seconds", (double) stuckAfter.toSeconds()).update();
    }

    /** The embedded database has one instance: what was unfinished when it stopped is delivered again now. */
    @EventListener(ApplicationReadyEvent.class)
    void redeliverAtStartOnTheEmbeddedDatabase() {
        if (database.embedded()) incomplete.resubmitIncompletePublications(p -> true);
    }

    /**
     * Whether an incomplete publication is delivered again now: a failed one after its pause (one just marked failed as
     * abandoned has waited {@code stuckAfter} already, longer than the pause of its first attempts); one in flight is
     * left alone.
     */
    static boolean due(EventPublication p, Instant now, Duration stuckAfter) {
        Instant last = p.getLastResubmissionDate() != null ? p.getLastResubmissionDate() : p.getPublicationDate();
        return switch (p.getStatus()) {
            case FAILED -> !last.plus(pause(p.getCompletionAttempts())).isAfter(now);
            case PUBLISHED, PROCESSING, RESUBMITTED, COMPLETED -> false;
        };
    }


    private static Duration pause(int attempts) {
        Duration pause = Duration.ofMinutes(Math.max(1, attempts));
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }
}
