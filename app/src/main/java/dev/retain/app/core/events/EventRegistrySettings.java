package dev.retain.app.core.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a completed module event stays in {@code event_publication} (to see what was delivered, and when), and after
 * how long a publication whose listener neither completed nor failed counts as abandoned by a stopped instance and is
 * delivered again (longer than the slowest listener: the metrics' refresh of a month takes about a minute at 1M).
 */
@ConfigurationProperties("retain.events")
record EventRegistrySettings(@DefaultValue("7d") Duration keepCompleted, @DefaultValue("10m") Duration stuckAfter) {
}
