package dev.retain.app.workorder.internal.webhook;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The webhook outbox is worked every 10 seconds on one instance at a time (db-scheduler). */
@Configuration(proxyBeanMethods = false)
class WebhookJob {

    @Bean
    RecurringTask<Void> workOrderWebhookTask(WebhookDispatcher dispatcher, Clock clock) {
        return Tasks.recurring("workorder-webhooks", Schedules.fixedDelay(Duration.ofSeconds(10)))
                .execute((instance, context) -> dispatcher.deliverDue(clock.instant()));
    }
}
