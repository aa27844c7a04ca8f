package dev.retain.app.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database migrated by an earlier build: new migrations are applied, a changed or missing
 * applied one stops the start with one line saying what to do. Real Flyway on a real
 * PostgreSQL, with migration files the test writes and then changes.
 */
class MigrationCheckTests {

    private static EmbeddedPostgres postgres;
    @TempDir Path migrations;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void pendingMigrationsAreAppliedAndAChangedAppliedOneStopsTheStartWithOneLine() throws IOException {
        String schema = "check_changed";
        write("V1__first.sql", "create table first_table (id int);");
        new MigrationCheck().migrate(flyway(schema));

        write("V2__second.sql", "create table second_table (id int);");
        new MigrationCheck().migrate(flyway(schema));
        assertThat(tables(schema)).isEqualTo(2);

        write("V1__first.sql", "create table first_table (id bigint);");
        assertThatThrownBy(() -> new MigrationCheck().migrate(flyway(schema)))
                .isInstanceOf(AppliedMigrationChangedException.class)
                .hasMessageContaining("migration 1 first (content) has changed")
                .hasMessageContaining("delete var/db")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void anAppliedMigrationWhoseFileIsGoneIsNamedToo() throws IOException {
        String schema = "check_missing";
        write("V1__dropped.sql", "create table dropped (id int);");
        write("V2__kept.sql", "create table kept (id int);");
        new MigrationCheck().migrate(flyway(schema));

        // (a missing newest one would be a database newer than the code, which Flyway lets pass)
        Files.delete(migrations.resolve("V1__dropped.sql"));
        assertThatThrownBy(() -> new MigrationCheck().migrate(flyway(schema)))
                .isInstanceOfSatisfying(AppliedMigrationChangedException.class,
                        e -> assertThat(e.migrations()).containsExactly("1 dropped (file missing)"));
    }

    @Test
    void springBootsStartFailureReportSaysWhatToDo() {
        FailureAnalysis analysis = new AppliedMigrationChangedFailureAnalyzer()
                .analyze(new IllegalStateException(new AppliedMigrationChangedException(java.util.List.of("6.1 cycle runs (content)"))));
        assertThat(analysis.getDescription()).contains("6.1 cycle runs (content)");
        assertThat(analysis.getAction()).contains("delete var/db");
    }

    private Flyway flyway(String schema) {
        return Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas(schema).createSchemas(true)
                .locations("filesystem:" + migrations).load();
    }

    private void write(String name, String sql) throws IOException {
        Files.writeString(migrations.resolve(name), sql);
    }

    private long tables(String schema) {
        return JdbcClient.create(postgres.getPostgresDatabase())
                .sql("select count(*) from information_schema.tables where table_schema = ? and table_name like '%_table'")
                .param(schema).query(Long.class).single();
    }
}
