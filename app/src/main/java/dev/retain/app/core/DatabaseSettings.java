package dev.retain.app.core;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the database is. An empty {@code url} means the embedded PostgreSQL, whose files
 * live in {@code embeddedDir} and survive restarts; {@code startupWait} bounds how long its
 * start waits for a recovery after the last run was killed.
 */
@ConfigurationProperties("retain.db")
public record DatabaseSettings(String url, String user, String password, String embeddedDir,
                               @DefaultValue("30m") Duration startupWait) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
