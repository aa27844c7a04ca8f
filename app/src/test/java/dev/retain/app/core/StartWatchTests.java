package dev.retain.app.core;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The watch over a starting server: progress while it recovers, and an end to the wait when its process dies. */
class StartWatchTests {

    @TempDir
    Path dir;

    /** A postmaster.pid as PostgreSQL 17 writes it, naming {@code pid} in status {@code status}. */
    private void pidFile(long pid, String status) throws Exception {
        Files.writeString(dir.resolve(PostmasterPidFile.NAME), pid + "\n" + dir + "\n1760000000\n5432\n/tmp\nlocalhost\n  5432001     32768\n"
                + status + "\n");
    }

    @Test
    void aRecoveryIsReportedEveryFewSecondsWithHowFarTheServerLogSaysItGot() throws Exception {
        Path serverLog = Files.writeString(dir.resolve("postgresql.log"), "old lines of an earlier run: redo done long ago\n");
        Logger logger = (Logger) LoggerFactory.getLogger(EmbeddedDatabase.class);
        ListAppender<ILoggingEvent> messages = new ListAppender<>();
        messages.start();
        logger.addAppender(messages);
        StartWatch watch = StartWatch.begin(dir, serverLog, true, Thread.currentThread());
        try {
            pidFile(ProcessHandle.current().pid(), "starting"); // the new server's lock file: a live process, as a recovering server is
            Files.writeString(serverLog, "2026-10-31 10:00:05 UTC [42] LOG:  redo in progress, elapsed time: 5.00 s, current LSN: 0/5A3B1C0\n",
                    java.nio.file.StandardOpenOption.APPEND);
            Thread.sleep(StartWatch.PROGRESS_EVERY.toMillis() + 1_500);
        } finally {
            watch.stop();
            logger.detachAppender(messages);
            Thread.interrupted();
        }
        assertThat(watch.died()).isFalse();
        assertThat(messages.list).extracting(ILoggingEvent::getFormattedMessage).anySatisfy(m -> assertThat(m)
                .startsWith("waiting for PostgreSQL in " + dir + " to recover: 1")
                .endsWith("(redo in progress, elapsed time: 5.00 s, current LSN: 0/5A3B1C0)"));
    }

    @Test
    void aServerProcessThatEndsBeforeItIsReadyStopsTheWaitAtOnce() throws Exception {
        Process server = new ProcessBuilder("sleep", "60").start();
        CountDownLatch interrupted = new CountDownLatch(1);
        Thread starter = new Thread(() -> {
            try {
                Thread.sleep(60_000); // zonky's wait
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });
        starter.start();
        StartWatch watch = StartWatch.begin(dir, dir.resolve("postgresql.log"), false, starter);
        try {
            pidFile(server.pid(), "starting"); // written by the server once it runs
            Thread.sleep(500);
            assertThat(watch.died()).isFalse();
            server.destroyForcibly();
            assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the starting thread is woken").isTrue();
            assertThat(watch.died()).isTrue();
        } finally {
            watch.stop();
            server.destroyForcibly();
            starter.interrupt();
        }
    }
}
