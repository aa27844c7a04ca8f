package dev.retain.app.workorder.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every minute, on one instance (db-scheduler), the work orders whose warning or deadline came are escalated. */
@Configuration(proxyBeanMethods = false)
class EscalationJob {

    @Bean
    RecurringTask<Void> workOrderEscalationTask(Escalations escalations, Clock clock) {
        return Tasks.recurring("workorder-escalations", Schedules.fixedDelay(Duration.ofMinutes(1)))
                .execute((instance, context) -> escalations.scan(clock.instant()));
    }
}
