package dev.retain.app.core;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one DataSource: an external PostgreSQL when RETAIN_DB_URL is set, else a real
 * PostgreSQL 17 started from the zonky binaries with its data under var/db
 * ({@link EmbeddedDatabase}: waits for a recovery after a crash, one clear line when it cannot start).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(DatabaseSettings settings) throws IOException {
        if (!settings.embedded()) return EmbeddedDatabase.none();
        boolean throwaway = settings.embeddedDir() == null || settings.embeddedDir().isBlank();
        // an empty directory setting (the tests) means a fresh database removed at shutdown
        Path dir = throwaway ? Files.createTempDirectory("retain-db") : Path.of(settings.embeddedDir());
        return EmbeddedDatabase.start(dir, throwaway, settings.startupWait());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(DatabaseSettings settings, EmbeddedDatabase embedded, org.springframework.core.env.Environment env) {
        HikariConfig config = new HikariConfig();
        if (settings.embedded()) {
            config.setJdbcUrl(embedded.jdbcUrl());
            config.setUsername("postgres");
        } else {
            config.setJdbcUrl(settings.url());
            config.setUsername(settings.user());
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 20));
        config.setPoolName("retain");
        return new HikariDataSource(config);
    }
}
