package dev.retain.app.complaint.internal.monitor;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The monitor's jobs on core's db-scheduler (unless {@code retain.complaint.monitor-jobs=false}: the
 * tests run them by hand): the callback sampling every ten minutes, and at 05:30 in the business
 * zone the last complete week's and month's audit lists when they are not there yet (so a day the
 * servers were down is caught up, and a list is made once).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "retain.complaint.monitor-jobs", havingValue = "true", matchIfMissing = true)
class MonitorJobs {

    static final String JOB_USER = "job";

    @Bean
    RecurringTask<Void> complaintCallbackSamplingTask(CallbackSampling sampling) {
        return Tasks.recurring("complaint-callback-sampling", Schedules.fixedDelay(Duration.ofMinutes(10)))
                .execute((instance, context) -> sampling.run());
    }

    @Bean
    RecurringTask<Void> complaintAuditListsTask(AuditLists lists, Clock clock) {
        return Tasks.recurring("complaint-audit-lists", Schedules.daily(clock.getZone(), LocalTime.of(5, 30)))
                .execute((instance, context) -> {
                    lists.generateLastCompleteIfMissing("week", JOB_USER);
                    lists.generateLastCompleteIfMissing("month", JOB_USER);
                });
    }
}
