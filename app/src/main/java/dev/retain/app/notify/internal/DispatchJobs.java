package dev.retain.app.notify.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox's background jobs on core's db-scheduler (one execution at a time across all
 * instances; an instance that dies leaves it to another): the dispatcher, every
 * {@code retain.notify.interval}; and the daily clean-up of receipts no message ever claimed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotifySettings.class)
class DispatchJobs {

    /** A receipt nobody claimed in a week was for a message this outbox never sent (another system's, or a test). */
    static final Duration KEEP_UNMATCHED_RECEIPTS = Duration.ofDays(7);

    @Bean
    RecurringTask<Void> outboxDispatchTask(OutboxWorkers workers, NotifySettings settings) {
        return Tasks.recurring("notify-outbox-dispatch", Schedules.fixedDelay(settings.interval()))
                .execute((instance, context) -> workers.runUntilIdle());
    }

    @Bean
    RecurringTask<Void> unmatchedReceiptCleanupTask(OutboxStore store, Clock clock) {
        return Tasks.recurring("notify-unmatched-receipt-cleanup", Schedules.fixedDelay(Duration.ofHours(24)))
                .execute((instance, context) -> store.forgetUnmatchedBefore(clock.instant().minus(KEEP_UNMATCHED_RECEIPTS)));
    }
}
