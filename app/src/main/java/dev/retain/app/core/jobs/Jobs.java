package dev.retain.app.core.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one db-scheduler of the application, built from every module's task beans: recurring
 * tasks start themselves, one-off work is queued with {@link #schedule}. Executions live in
 * {@code scheduled_tasks} (core's migration), so queued work survives a restart and runs on
 * exactly one instance. Started once the application is ready (nothing runs while it starts);
 * stopped when the context closes, before the DataSource it depends on.
 */
@Component
@EnableConfigurationProperties(JobSettings.class)
public class Jobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    private final Scheduler scheduler;
    private final JobSettings settings;
    private boolean started;

    @SuppressWarnings({"unchecked", "rawtypes"})
    Jobs(DataSource dataSource, ObjectProvider<Task<?>> moduleTasks, JobSettings settings) {
        this.settings = settings;
        List<Task<?>> oneOff = new ArrayList<>();
        List startingThemselves = new ArrayList<>();
        moduleTasks.orderedStream().forEach(task -> (task instanceof OnStartup ? startingThemselves : oneOff).add(task));
        this.scheduler = Scheduler.create(dataSource, oneOff)
                .startTasks(startingThemselves)
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                // work queued here starts at once instead of at the next poll
                .enableImmediateExecution()
                // an execution whose server died is taken up again after a few missed beats (minutes, not half an hour)
                .heartbeatInterval(Duration.ofSeconds(20))
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** Queues {@code instance} to run at {@code when} (now or later) on whichever instance is free. */
    public <T> void schedule(TaskInstance<T> instance, Instant when) {
        scheduler.schedule(instance, when);
    }

    /** Whether the execution is still in the database: waiting to run, or running. */
    public boolean isScheduled(TaskInstanceId instance) {
        return scheduler.getScheduledExecution(instance).isPresent();
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (!settings.enabled()) {
            log.info("background jobs are queued but not run by this process (retain.jobs.enabled=false)");
            return;
        }
        scheduler.start();
        started = true;
    }

    @Override
    public synchronized void close() {
        if (started) scheduler.stop();
        started = false;
    }
}
