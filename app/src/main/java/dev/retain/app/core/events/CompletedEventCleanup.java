package dev.retain.app.core.events;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;

/**
 * Completed module events keep their completion date (spring.modulith.events.completion-mode=update)
 * and are deleted once they are {@code retain.events.keep-completed} old. Incomplete ones are
 * never deleted here: {@link IncompleteEventRedelivery} delivers them again.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventRegistrySettings.class)
class CompletedEventCleanup {

    @Bean
    RecurringTask<Void> completedEventCleanupTask(CompletedEventPublications completed, EventRegistrySettings settings) {
        return Tasks.recurring("completed-event-cleanup", Schedules.fixedDelay(Duration.ofHours(6)))
                .execute((instance, context) -> completed.deletePublicationsOlderThan(settings.keepCompleted()));
    }
}
