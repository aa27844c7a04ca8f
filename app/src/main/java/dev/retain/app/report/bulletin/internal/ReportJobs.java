package dev.retain.app.report.bulletin.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.DisabledSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The daily report job on core.jobs' db-scheduler (one instance runs it, whatever the number of instances): at
 * {@code retain.reports.at}, whatever {@link ScheduledReports} finds due. Disabled: no job, reports on demand only.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportSettings.class)
class ReportJobs {

    static final String TASK = "report-bulletins";

    @Bean
    RecurringTask<Void> reportBulletinsTask(ScheduledReports reports, ReportSettings settings, Clock clock) {
        return Tasks.recurring(TASK, schedule(settings, clock))
                .execute((instance, context) -> reports.run(LocalDate.now(clock)));
    }

    private static Schedule schedule(ReportSettings settings, Clock clock) {
        return settings.enabled() ? Schedules.daily(clock.getZone(), settings.at()) : new DisabledSchedule();
    }
}
