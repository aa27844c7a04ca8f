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
        // A generic plan (PostgreSQL's choice after five runs of a prepared statement) estimates "month = $1" on
        // segment as half the table while two months are kept, and scans 2M rows where a month has none (1-2 s at 1M
        // for an exists); every statement is planned for its own values instead (a fraction of a millisecond each).
        config.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
        config.setMaximumPoolSize(env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 20));
        config.setPoolName("retain");
        return new HikariDataSource(config);
    }
}
