package dev.retain.app.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches an embedded PostgreSQL while zonky waits for it to answer: every few seconds it
 * says how long the start (a recovery, after a kill) has taken and how far the server's log
 * says it got; and when the server process ends before it is ready, it stops the wait at
 * once by interrupting the starting thread (zonky's wait then returns), instead of letting
 * it run to its limit.
 */
final class StartWatch implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    /** No server process at all by then: the start failed before PostgreSQL wrote its lock file. */
    static final Duration NO_SERVER_AFTER = Duration.ofMinutes(2);

    private final Path data;
    private final Path serverLog;
    private final boolean recovering;
    private final Thread starter;
    private final long logOffset;
    private final long stalePid;
    private final long startNanos = System.nanoTime();
    private final Thread thread;
    private volatile boolean stopped;
    private volatile boolean died;

    private StartWatch(Path data, Path serverLog, boolean recovering, Thread starter) {
        this.data = data;
        this.serverLog = serverLog;
        this.recovering = recovering;
        this.starter = starter;
        this.logOffset = ServerLog.size(serverLog);
        this.stalePid = PostmasterPidFile.read(data).map(PostmasterPidFile::pid).orElse(-1L);
        this.thread = new Thread(this, "retain-db-start-watch");
        thread.setDaemon(true);
    }

    static StartWatch begin(Path data, Path serverLog, boolean recovering, Thread starter) {
        StartWatch watch = new StartWatch(data, serverLog, recovering, starter);
        watch.thread.start();
        return watch;
    }

    @Override
    public void run() {
        long nextProgress = PROGRESS_EVERY.toNanos();
        long serverPid = -1;
        while (!stopped) {
            Optional<PostmasterPidFile> pidFile = PostmasterPidFile.read(data).filter(f -> f.pid() != stalePid);
            if (pidFile.isPresent()) serverPid = pidFile.get().pid();
            long elapsed = System.nanoTime() - startNanos;
            boolean gone = serverPid >= 0 ? ProcessHandle.of(serverPid).map(p -> !p.isAlive()).orElse(true)
                    : elapsed > NO_SERVER_AFTER.toNanos() || failedBeforeItsLockFile();
            if (gone && !stopped) {
                died = true;
                starter.interrupt();
                return;
            }
            if (elapsed >= nextProgress) {
                String progress = ServerLog.lastProgress(serverLog, logOffset).map(p -> " (" + p + ")").orElse("");
                log.warn("waiting for PostgreSQL in {} to {}: {} so far{}", data, recovering ? "recover" : "start",
                        readable(Duration.ofNanos(elapsed)), progress);
                nextProgress += PROGRESS_EVERY.toNanos();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return; // stop()
            }
        }
    }

    /**
     * PostgreSQL refused to start before writing its lock file (a bad setting, shared memory
     * still in use): a FATAL line in its log, and still no lock file of its own.
     */
    private boolean failedBeforeItsLockFile() {
        return ServerLog.hasFailure(serverLog, logOffset) && PostmasterPidFile.read(data).filter(f -> f.pid() != stalePid).isEmpty();
    }

    void stop() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the server process ended before it was ready. */
    boolean died() {
        return died;
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Where this start's part of the server log begins. */
    long logOffset() {
        return logOffset;
    }

    static String readable(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) return s + " s";
        if (s < 3600) return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        return s / 3600 + " h" + (s % 3600 / 60 == 0 ? "" : " " + s % 3600 / 60 + " min");
    }
}
