package dev.retain.app.care.internal;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the daily care run runs: {@code run-at}, a time of day in the business zone (early, so the
 * day's tasks are there when managers start and greetings wait only for the end of quiet hours);
 * {@code catch-up-on-start}: an instance that starts and finds today not run queues it at once.
 */
@ConfigurationProperties("retain.care")
public record CareJobSettings(@DefaultValue("06:00") LocalTime runAt, @DefaultValue("true") boolean catchUpOnStart) {
}
