package dev.retain.app.cycle.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs queued cycles in the background with db-scheduler: a one-time task
 * {@code monthly-cycle} per run (instance "run-&lt;id&gt;", data = the month), kept in the
 * database so a cycle queued just before a restart still runs. One worker thread: cycles
 * run one after the other. Started once the application is ready, stopped when the context closes.
 */
@Component
public class CycleScheduler implements AutoCloseable {

    static final String TASK = "monthly-cycle";
    private static final String INSTANCE_PREFIX = "run-";

    private final OneTimeTask<String> task;
    private final Scheduler scheduler;
    private final CycleRuns runs;

    CycleScheduler(DataSource dataSource, CycleExecution execution, CycleRuns runs) {
        this.runs = runs;
        this.task = Tasks.oneTime(TASK, String.class).execute((instance, context) ->
                execution.execute(runId(instance.getId()), YearMonth.parse(instance.getData())));
        this.scheduler = Scheduler.create(dataSource, task)
                .pollingInterval(Duration.ofSeconds(2))
                .threads(1)
                .enableImmediateExecution()
                // a run whose server died is taken up again after a few missed beats (minutes, not the default half hour)
                .heartbeatInterval(Duration.ofSeconds(20))
                // Spring stops it with the context (close()), before the DataSource closes
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /** Queues the run; it starts as soon as the worker is free. */
    public void schedule(long runId, YearMonth month) {
        scheduler.schedule(task.instance(INSTANCE_PREFIX + runId, month.toString()), Instant.now());
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        runs.failInterrupted();
        scheduler.start();
    }

    @Override
    public void close() {
        scheduler.stop();
    }

    private static long runId(String instanceId) {
        return Long.parseLong(instanceId.substring(INSTANCE_PREFIX.length()));
    }
}
