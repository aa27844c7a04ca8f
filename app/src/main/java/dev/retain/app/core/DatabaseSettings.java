package dev.retain.app.core;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is. An empty {@code url} means the embedded PostgreSQL, whose files
 * live in {@code embeddedDir} and survive restarts.
 */
@ConfigurationProperties("retain.db")
public record DatabaseSettings(String url, String user, String password, String embeddedDir) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
