package dev.retain.app.core;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * The one DataSource: an external PostgreSQL when RETAIN_DB_URL is set, else a real
 * PostgreSQL 17 started from the zonky binaries with its data under var/db.
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
        return EmbeddedDatabase.start(dir, throwaway);
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

    /** The embedded server, or nothing when an external one is used. */
    static final class EmbeddedDatabase implements AutoCloseable {

        private final EmbeddedPostgres postgres;
        private final Path throwawayDir;

        private EmbeddedDatabase(EmbeddedPostgres postgres, Path throwawayDir) {
            this.postgres = postgres;
            this.throwawayDir = throwawayDir;
        }

        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null, null);
        }

        static EmbeddedDatabase start(Path dir, boolean throwaway) throws IOException {
            Path data = dir.toAbsolutePath().resolve("data");
            Path work = dir.toAbsolutePath().resolve("work");
            Files.createDirectories(work);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(work.toFile())
                    // stopped by close() when Spring closes the context, after everything that uses it
                    // (the event registry reads it while shutting down), not by a JVM hook running alongside
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("maintenance_work_mem", "512MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            return new EmbeddedDatabase(postgres, throwaway ? dir : null);
        }

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) postgres.close();
            if (throwawayDir != null) FileSystemUtils.deleteRecursively(throwawayDir);
        }
    }
}
