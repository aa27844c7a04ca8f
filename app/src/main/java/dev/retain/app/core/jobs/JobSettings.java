package dev.retain.app.core.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this process runs background jobs. {@code threads}: executions at once, shared by every
 * module's tasks (a cycle that waits for another cycle gives its thread back, see the cycle
 * module). {@code enabled=false}: this process queues jobs but runs none (the command line's
 * one-shot commands, so a cycle queued by {@code retain import} runs in the server).
 */
@ConfigurationProperties("retain.jobs")
public record JobSettings(@DefaultValue("true") boolean enabled, @DefaultValue("4") int threads,
                          @DefaultValue("2s") Duration pollingInterval) {

    public JobSettings {
        if (threads < 1) throw new IllegalArgumentException("retain.jobs.threads must be at least 1, was " + threads);
    }
}
