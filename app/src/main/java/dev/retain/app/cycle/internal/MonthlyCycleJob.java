package dev.retain.app.cycle.internal;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import dev.retain.app.core.jobs.Jobs;
import java.time.Instant;
import java.time.YearMonth;
import org.springframework.stereotype.Component;

/**
 * Queues cycles for the background: one execution of core's db-scheduler task
 * {@code monthly-cycle} (see {@link MonthlyCycleTask}) per run, instance "run-&lt;id&gt;", data =
 * the month, kept in the database so a cycle queued just before a restart still runs, on
 * whichever instance is free.
 */
@Component
public class MonthlyCycleJob {

    static final TaskDescriptor<String> TASK = TaskDescriptor.of("monthly-cycle", String.class);
    private static final String INSTANCE_PREFIX = "run-";

    private final Jobs jobs;

    MonthlyCycleJob(Jobs jobs) {
        this.jobs = jobs;
    }

    /** Queues the run; it starts as soon as a job thread is free and no other cycle runs. */
    public void schedule(long runId, YearMonth month) {
        jobs.schedule(TASK.instance(INSTANCE_PREFIX + runId).data(month.toString()).build(), Instant.now());
    }

    /** Whether the run's execution is still queued or running in the scheduler. */
    boolean isScheduled(long runId) {
        return jobs.isScheduled(TASK.instanceId(INSTANCE_PREFIX + runId));
    }

    static long runId(String instanceId) {
        return Long.parseLong(instanceId.substring(INSTANCE_PREFIX.length()));
    }
}
