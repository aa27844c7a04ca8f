package dev.retain.app.care.internal;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.retain.app.core.jobs.Jobs;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The care run on core's db-scheduler: daily at {@code retain.care.run-at} in the business zone
 * (unless {@code retain.care.daily=false}: the tests, which run the days they need);
 * a one-off run of a day (the supervisor's "run now", the start-up catch-up), instance
 * {@code day-<date>}, so pressing the button twice queues one run. Executions live in the
 * database and run on one instance; the run's own lock keeps two from overlapping.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CareJobSettings.class)
public class CareJobs {

    static final TaskDescriptor<String> RUN_DAY = TaskDescriptor.of("care-run-day", String.class);
    private static final Logger log = LoggerFactory.getLogger(CareJobs.class);

    @Bean
    @ConditionalOnProperty(name = "retain.care.daily", havingValue = "true", matchIfMissing = true)
    RecurringTask<Void> careDailyRunTask(CareRunner runner, CareJobSettings settings, Clock clock) {
        return Tasks.recurring("care-daily-run", Schedules.daily(clock.getZone(), settings.runAt()))
                .execute((instance, context) -> runner.run(LocalDate.now(clock), "schedule"));
    }

    @Bean
    OneTimeTask<String> careRunDayTask(CareRunner runner) {
        // another run holding the lock (the 06:00 run takes minutes at 1M): try again in a minute rather than drop
        // the request — a region event created meanwhile must still be prepared today
        return Tasks.oneTime(RUN_DAY)
                .onFailure(new com.github.kagkarlsson.scheduler.task.FailureHandler.OnFailureRetryLater<>(java.time.Duration.ofMinutes(1)))
                .execute((instance, context) -> {
                    String[] dayAndUser = instance.getData().split("\\|", 2);
                    if (runner.run(LocalDate.parse(dayAndUser[0]), dayAndUser[1]).isEmpty()) {
                        log.info("care run of {} waits: another run holds the lock; tried again in a minute", dayAndUser[0]);
                        throw new IllegalStateException("another care run holds the lock");
                    }
                });
    }

    /** Queues a run of {@code day} by {@code username}; a run of that day already queued is not queued twice. */
    public static boolean queue(Jobs jobs, LocalDate day, String username) {
        String instance = "day-" + day;
        if (jobs.isScheduled(RUN_DAY.instanceId(instance))) return false;
        jobs.schedule(RUN_DAY.instance(instance).data(day + "|" + username).build(), Instant.now());
        return true;
    }

    /** At start-up: today not run yet (the instance was down at run-at, or this is its first day) → run it now. */
    @Bean
    StartUpCatchUp careStartUpCatchUp(Jobs jobs, CareRunStore runs, CareJobSettings settings, Clock clock) {
        return new StartUpCatchUp(jobs, runs, settings, clock);
    }

    static final class StartUpCatchUp {
        private final Jobs jobs;
        private final CareRunStore runs;
        private final CareJobSettings settings;
        private final Clock clock;

        StartUpCatchUp(Jobs jobs, CareRunStore runs, CareJobSettings settings, Clock clock) {
            this.jobs = jobs;
            this.runs = runs;
            this.settings = settings;
            this.clock = clock;
        }

        @EventListener(ApplicationReadyEvent.class)
        void catchUp() {
            LocalDate today = LocalDate.now(clock);
            if (!settings.catchUpOnStart() || runs.succeeded(today)) return;
            log.info("the care run of {} has not run: queued now", today);
            queue(jobs, today, "startup");
        }
    }
}
