package dev.retain.app.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL after the last run was killed (issue 10, point 5): a server killed
 * with SIGKILL recovers on the next start, which waits for it and says so; a Retain killed
 * with SIGKILL (a real child JVM) leaves its server running, which the next start stops and
 * replaces; a folder in use by a live Retain, and a server that cannot start, end the start at
 * once with one line.
 */
class EmbeddedDatabaseRestartTests {

    @TempDir
    Path home;
    private ListAppender<ILoggingEvent> messages;
    private Logger logger;

    @BeforeEach
    void captureTheStartMessages() {
        logger = (Logger) LoggerFactory.getLogger(EmbeddedDatabase.class);
        messages = new ListAppender<>();
        messages.start();
        logger.addAppender(messages);
    }

    @AfterEach
    void stopCapturing() {
        logger.detachAppender(messages);
    }

    private List<String> said() {
        return messages.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private Path data() {
        return home.resolve("data");
    }

    @Test
    void aServerKilledWithSigkillRecoversOnTheNextStartWhichWaitsAndSaysSo() throws Exception {
        EmbeddedDatabase first = EmbeddedDatabase.start(home, false, Duration.ofMinutes(5));
        try (Connection c = DriverManager.getConnection(first.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = on");
            s.execute("create table probe as select g as id, md5(g::text) as note from generate_series(1, 200000) g");
        }
        long pid = PostmasterPidFile.read(data()).orElseThrow().pid();
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        postmaster.destroyForcibly(); // SIGKILL: no shutdown checkpoint, the lock file stays
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        first.close(); // only releases this JVM's lock: the server is gone
        assertThat(data().resolve(PostmasterPidFile.NAME)).as("left by the killed server").exists();

        try (EmbeddedDatabase second = EmbeddedDatabase.start(home, false, Duration.ofMinutes(5))) {
            assertThat(count(second, "select count(*) from probe")).as("every committed row is back").isEqualTo(200_000);
        }
        assertThat(said()).anySatisfy(m -> assertThat(m).contains("was not shut down cleanly").contains("recovers from its write-ahead log"))
                .anySatisfy(m -> assertThat(m).contains("has recovered and is ready"));
        assertThat(Files.readString(home.resolve("postgresql.log"))).contains("automatic recovery in progress");
    }

    @Test
    void aRetainKilledWithSigkillLeavesItsServerRunningAndTheNextStartStopsItAndStartsAfresh() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DatabaseHolder.class.getName(), home.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.equals("ready")) {
                // zonky's and the JVM's own output before it
            }
            assertThat(line).as("the child started its database").isEqualTo("ready");

            assertThatThrownBy(() -> EmbeddedDatabase.start(home, false, Duration.ofMinutes(5)))
                    .as("its Retain is alive").isInstanceOf(DatabaseStartException.class)
                    .hasMessageContaining("is in use by another Retain (serve, demo or import): stop that one first");

            child.destroyForcibly(); // SIGKILL of the JVM, in the middle of its inserts
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        long orphan = PostmasterPidFile.read(data()).orElseThrow().pid();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("PostgreSQL outlives the killed JVM").contains(true);

        try (EmbeddedDatabase restarted = EmbeddedDatabase.start(home, false, Duration.ofMinutes(5))) {
            assertThat(count(restarted, "select count(*) from probe where note = 'committed before the kill'")).isEqualTo(1000);
            assertThat(PostmasterPidFile.read(data()).orElseThrow().pid()).as("a server of its own").isNotEqualTo(orphan);
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(said()).anySatisfy(m -> assertThat(m).contains("is still running (pid " + orphan + ")").contains("stopping it cleanly"));
    }

    @Test
    void aServerThatCannotStartEndsTheStartAtOnceWithItsReason() throws Exception {
        EmbeddedDatabase.start(home, false, Duration.ofMinutes(5)).close();
        Files.writeString(data().resolve("postgresql.conf"), "\nthis line = is not a setting at all\n", StandardOpenOption.APPEND);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> EmbeddedDatabase.start(home, false, Duration.ofMinutes(30)))
                .isInstanceOf(DatabaseStartException.class)
                .hasMessageContaining("stopped while starting")
                .hasMessageContaining("postgresql.conf")
                .hasMessageContaining("see its log " + home.toAbsolutePath().resolve("postgresql.log"));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("no waiting out the limit").isLessThan(Duration.ofMinutes(1));
    }

    private static long count(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
