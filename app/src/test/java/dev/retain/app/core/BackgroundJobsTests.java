package dev.retain.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.retain.app.RetainWebTest;
import dev.retain.app.core.jobs.Jobs;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Core's shared scheduler runs every module's tasks: the cycle's one-off task is known, core's
 * own recurring clean-up is scheduled from the start, and that clean-up deletes completed module
 * events once they are a week old while never touching undelivered ones.
 */
@RetainWebTest
class BackgroundJobsTests {

    @Autowired Jobs jobs;
    @Autowired JdbcClient jdbc;
    @Autowired List<RecurringTask<?>> recurringTasks;
    @Autowired Clock clock;

    @Test
    void aModulesRecurringTaskIsScheduledOnceTheApplicationIsReady() {
        assertThat(jobs.isScheduled(TaskInstanceId.of("completed-event-cleanup", RecurringTask.INSTANCE))).isTrue();
        assertThat(jobs.isScheduled(TaskInstanceId.of("completed-event-cleanup", "no-such-instance"))).isFalse();
    }

    @Test
    void theCleanupDeletesCompletedEventsAWeekOldAndKeepsTheRest() {
        // the registry dates publications with the application's Clock: so does the test
        Instant now = clock.instant();
        UUID oldCompleted = publication(now.minus(Duration.ofDays(8)), now.minus(Duration.ofDays(8)));
        UUID recentCompleted = publication(now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(2)));
        UUID oldUndelivered = publication(now.minus(Duration.ofDays(30)), null);

        RecurringTask<?> cleanup = recurringTasks.stream().filter(t -> t.getName().equals("completed-event-cleanup")).findFirst().orElseThrow();
        runOnce(cleanup);

        assertThat(exists(oldCompleted)).isFalse();
        assertThat(exists(recentCompleted)).isTrue();
        assertThat(exists(oldUndelivered)).as("an undelivered event waits for the next start").isTrue();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void runOnce(RecurringTask task) {
        task.execute(new TaskInstance<>(task.getName(), RecurringTask.INSTANCE), null);
    }

    private UUID publication(Instant published, Instant completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                          completion_date, status, completion_attempts) values (?, 'test.listener', 'java.lang.String', ?, ?, ?, ?, 1)""")
                .params(id, "\"" + id + "\"", Timestamp.from(published), completed == null ? null : Timestamp.from(completed),
                        completed == null ? "PUBLISHED" : "COMPLETED")
                .update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = ?").param(id).query(Long.class).single() == 1;
    }
}
