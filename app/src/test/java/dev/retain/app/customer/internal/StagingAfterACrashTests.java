package dev.retain.app.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import's staging tables when PostgreSQL is killed in the middle of it (SIGKILL, as the
 * OOM killer or a power cut would): the next start recovers, and the data committed before is
 * intact. (With unlogged staging tables the recovery failed: "could not create file …: File
 * exists" while it reset the unlogged relations.)
 */
class StagingAfterACrashTests {

    @TempDir
    Path dir;

    private EmbeddedPostgres start() throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(dir.resolve("data")).setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(Files.createDirectories(dir.resolve("work")).toFile())
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(dir.resolve("postgresql.log").toFile()))
                .setPGStartupWait(Duration.ofSeconds(60)).start();
    }

    @Test
    void aServerKilledWhileAnImportStagesRecoversAndKeepsWhatWasCommitted() throws Exception {
        StagedTable table = new StagedTable("plan", List.of("plan_id"), List.of("name"));
        EmbeddedPostgres first = start();
        Connection c = first.getPostgresDatabase().getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("create table plan (plan_id text primary key, name text not null)");
            s.execute("insert into plan values ('committed', 'before the crash')");
            s.execute("checkpoint");
            c.setAutoCommit(false);
            String stage = table.stageName(1);
            s.execute(table.createStage(stage));
            s.execute("insert into " + stage + " (plan_id, name, line) select 'p' || g, 'n', g from generate_series(1, 100000) g");
            s.execute(table.insert(stage, null));
            s.execute("create index plan_name on plan (name)");
        }
        // the import's transaction is still open when the server dies
        ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(Files.readAllLines(dir.resolve("data/postmaster.pid")).get(0).trim()))
                .orElseThrow();
        postmaster.destroyForcibly();
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        try {
            c.close();
            first.close(); // pg_ctl stop of a dead server fails; this releases zonky's lock
        } catch (Exception ignored) {
            // the connection and the server are gone
        }

        EmbeddedPostgres second = start();
        try (Connection after = second.getPostgresDatabase().getConnection(); Statement s = after.createStatement();
             ResultSet rs = s.executeQuery("select string_agg(plan_id, ',') from plan")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("committed");
        } finally {
            second.close();
        }
        assertThat(Files.readString(dir.resolve("postgresql.log"))).contains("automatic recovery in progress");
    }
}
