package dev.retain.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * One real PostgreSQL that several instances of the application share, as instances in
 * production share one server: each instance is a whole Spring context pointed at it through
 * {@code retain.db.url} (the "external database" path), started and closed by the test. The
 * database outlives the instances, so a test can stop one and start another on the same data.
 */
public final class SharedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dir;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    private SharedDatabase(EmbeddedPostgres postgres, Path dir) {
        this.postgres = postgres;
        this.dir = dir;
    }

    public static SharedDatabase start() {
        try {
            Path dir = Files.createTempDirectory("retain-shared-db");
            Path work = Files.createDirectories(dir.resolve("work"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir.resolve("data"))
                    .setOverrideWorkingDirectory(work.toFile())
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            return new SharedDatabase(postgres, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new instance of the whole application on this database; its scheduler runs jobs once it is ready. */
    public ConfigurableApplicationContext startInstance(String... properties) {
        return startInstance(new Class<?>[0], properties);
    }

    /** {@link #startInstance(String...)} with configuration classes of the test's own (e.g. a scripted gateway). */
    public ConfigurableApplicationContext startInstance(Class<?>[] testConfigurations, String... properties) {
        // command-line arguments: they win over application.properties (default properties would not)
        List<String> args = new ArrayList<>(List.of(
                "--retain.db.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--retain.db.user=postgres",
                "--retain.db.password=",
                "--server.port=0",
                "--spring.datasource.hikari.maximum-pool-size=8"));
        for (String p : properties) args.add("--" + p);
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(RetainApplication.class).sources(testConfigurations).run(args.toArray(String[]::new));
        instances.add(instance);
        return instance;
    }

    /** The test's own connection to the database, outside every instance. */
    public JdbcClient jdbc() {
        return JdbcClient.create(postgres.getPostgresDatabase());
    }

    @Override
    public void close() throws IOException {
        for (ConfigurableApplicationContext instance : instances) instance.close();
        postgres.close();
        FileSystemUtils.deleteRecursively(dir);
    }
}
