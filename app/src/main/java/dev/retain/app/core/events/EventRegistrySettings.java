package dev.retain.app.core.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long a completed module event stays in {@code event_publication} (to see what was delivered, and when). */
@ConfigurationProperties("retain.events")
record EventRegistrySettings(@DefaultValue("7d") Duration keepCompleted) {
}
