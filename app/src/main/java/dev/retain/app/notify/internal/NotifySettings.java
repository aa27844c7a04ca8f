package dev.retain.app.notify.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox's dispatcher runs (deployment settings, docs/settings.md): {@code workers}
 * recurring jobs that may send at once across all instances, each looking for due messages every
 * {@code interval} and taking up to {@code batchSize} at a time; a retry waits {@code firstRetry},
 * doubling up to {@code maxRetry}, and the message fails after {@code maxAttempts}; an attempt handed
 * to a sender more than {@code sendTimeout} ago was cut off (the instance died); a message whose
 * channel has no sender looks again after {@code noSenderWait}.
 */
@ConfigurationProperties("retain.notify")
public record NotifySettings(@DefaultValue("2") int workers, @DefaultValue("1s") Duration interval,
                             @DefaultValue("50") int batchSize, @DefaultValue("30s") Duration firstRetry,
                             @DefaultValue("1h") Duration maxRetry, @DefaultValue("30") int maxAttempts,
                             @DefaultValue("2m") Duration sendTimeout, @DefaultValue("1m") Duration noSenderWait) {

    public NotifySettings {
        require(workers >= 1 && workers <= 32, "retain.notify.workers must be 1 to 32, was " + workers);
        require(batchSize >= 1 && batchSize <= 1000, "retain.notify.batch-size must be 1 to 1000, was " + batchSize);
        require(positive(interval), "retain.notify.interval must be positive");
        require(positive(firstRetry) && positive(maxRetry) && firstRetry.compareTo(maxRetry) <= 0,
                "retain.notify.first-retry must be positive and at most retain.notify.max-retry");
        require(maxAttempts >= 1 && maxAttempts <= 100, "retain.notify.max-attempts must be 1 to 100, was " + maxAttempts);
        // shorter than a slow gateway's answer would declare live attempts dead
        require(sendTimeout.compareTo(Duration.ofSeconds(10)) >= 0, "retain.notify.send-timeout must be at least 10s");
        require(positive(noSenderWait), "retain.notify.no-sender-wait must be positive");
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }

    private static void require(boolean ok, String message) {
        if (!ok) throw new IllegalArgumentException(message);
    }
}
