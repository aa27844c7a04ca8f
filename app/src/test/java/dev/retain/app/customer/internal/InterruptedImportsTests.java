package dev.retain.app.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An import cut off by a stop (kill -9) is recorded as failed at the next start, unless an import is running now. */
@RetainWebTest
class InterruptedImportsTests {

    @Autowired InterruptedImports interrupted;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    private long run(String startedAgo) {
        return jdbc.sql("insert into import_run (username, source, status, started_at) values ('t-interrupted', 'cli', 'running', now() - ?::interval) returning id")
                .param(startedAgo).query(Long.class).single();
    }

    private String status(long id) {
        return jdbc.sql("select status || ': ' || coalesce(message, '') from import_run where id = ?").param(id).query(String.class).single();
    }

    @Test
    void aRunLeftRunningIsFailedButNotOneJustStartedNorWhileAnImportHoldsTheLock() throws Exception {
        long killed = run("2 hours");
        long starting = run("1 second");
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute("select pg_advisory_xact_lock(hashtext('" + ProvinceImport.IMPORT_LOCK + "'))"); // an import on another instance
            }
            interrupted.failInterrupted();
            assertThat(status(killed)).as("an import may be running").isEqualTo("running: ");
            other.rollback();
        }

        interrupted.failInterrupted();

        assertThat(status(killed)).isEqualTo("failed: " + InterruptedImports.MESSAGE);
        assertThat(status(starting)).isEqualTo("running: ");
        jdbc.sql("update import_run set status = 'failed' where id = ?").param(starting).update();
    }
}
