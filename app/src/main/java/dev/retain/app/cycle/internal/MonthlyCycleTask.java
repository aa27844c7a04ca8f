package dev.retain.app.cycle.internal;

import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What an execution of {@code monthly-cycle} does, contributed to core's scheduler: run the
 * cycle. While another cycle runs (on any instance) the execution gives its job thread back
 * and looks again {@link #BUSY_RETRY} later; its run stays "queued" until then, so queued
 * cycles run one after the other, as they would on one instance.
 */
@Configuration(proxyBeanMethods = false)
class MonthlyCycleTask {

    static final Duration BUSY_RETRY = Duration.ofSeconds(5);

    @Bean
    CustomTask<String> monthlyCycle(CycleExecution execution) {
        return Tasks.custom(MonthlyCycleJob.TASK).execute((instance, context) -> {
            long runId = MonthlyCycleJob.runId(instance.getId());
            if (execution.executeIfFree(runId, YearMonth.parse(instance.getData())) == CycleExecution.Attempt.BUSY) {
                return (complete, operations) -> operations.reschedule(complete, Instant.now().plus(BUSY_RETRY));
            }
            return (complete, operations) -> operations.remove();
        });
    }
}
