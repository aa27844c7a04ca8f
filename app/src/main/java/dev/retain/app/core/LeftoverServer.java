package dev.retain.app.core;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a killed Retain leaves of its embedded PostgreSQL. PostgreSQL runs in a session of its
 * own, so killing the JVM leaves the server running on the data folder; killing the server
 * leaves its lock file and, for a moment, its worker processes attached to its shared memory.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Path SYSV_SHM = Path.of("/proc/sysvipc/shm");

    private LeftoverServer() {
    }

    /**
     * Stops a server that outlived its Retain: first lets a recovering one become ready
     * (stopping it half-way would throw its progress away), then a fast shutdown with its own
     * pg_ctl (SIGTERM when that is not found). Throws when it cannot be done within {@code wait}.
     */
    static void stop(Path data, ProcessHandle server, Path serverLog, Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        long t0 = System.nanoTime();
        long nextProgress = t0 + StartWatch.PROGRESS_EVERY.toNanos();
        long logOffset = Math.max(0, ServerLog.size(serverLog) - 4096);
        while (server.isAlive()) {
            Optional<PostmasterPidFile> pidFile = PostmasterPidFile.read(data);
            if (pidFile.isEmpty() || !PostmasterPidFile.STARTING.equals(pidFile.get().status())) break;
            if (System.nanoTime() > deadline) {
                throw new DatabaseStartException("PostgreSQL in " + data + " (pid " + server.pid() + ") is still recovering after "
                        + StartWatch.readable(wait) + ": run the command again to keep waiting, or raise retain.db.startup-wait");
            }
            if (System.nanoTime() >= nextProgress) {
                log.warn("PostgreSQL in {} is still recovering: {} so far{}; it is stopped and started afresh once ready", data,
                        StartWatch.readable(Duration.ofNanos(System.nanoTime() - t0)),
                        ServerLog.lastProgress(serverLog, logOffset).map(p -> " (" + p + ")").orElse(""));
                nextProgress += StartWatch.PROGRESS_EVERY.toNanos();
            }
            sleep(250);
        }
        if (!server.isAlive()) return;
        Optional<Path> pgCtl = server.info().command().map(c -> Path.of(c).resolveSibling("pg_ctl")).filter(Files::isExecutable);
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime()));
        boolean stopping = pgCtl.isPresent() && fastShutdown(pgCtl.get(), data, serverLog, seconds, deadline);
        if (!stopping) server.destroy(); // SIGTERM, a smart shutdown: the killed JVM's sessions are gone already
        waitFor(server, deadline);
        if (server.isAlive()) {
            throw new DatabaseStartException("PostgreSQL in " + data + " (pid " + server.pid() + ") left running by a stopped Retain"
                    + " did not stop: stop that process yourself, then start again");
        }
        log.warn("PostgreSQL in {} (pid {}) stopped", data, server.pid());
    }

    /** {@code pg_ctl stop -m fast}, run as zonky runs its binaries (in a user namespace when root); whether it worked. */
    private static boolean fastShutdown(Path pgCtl, Path data, Path serverLog, long seconds, long deadline) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) command.addAll(List.of("unshare", "-U"));
        command.addAll(List.of(pgCtl.toString(), "-D", data.toString(), "stop", "-m", "fast", "-w", "-t", Long.toString(seconds)));
        Process stop = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(serverLog.toFile())).start();
        waitFor(stop.toHandle(), deadline);
        return !stop.isAlive() && stop.exitValue() == 0;
    }

    /**
     * After the server itself was killed, its worker processes end on their own within moments
     * but keep its shared memory until then, and PostgreSQL refuses to start while they do:
     * wait for them (Linux: the segment's attach count in /proc/sysvipc/shm).
     */
    static void awaitOldProcessesGone(PostmasterPidFile killed, Duration wait) {
        if (killed.sharedMemoryId() < 0 || !Files.isReadable(SYSV_SHM)) return;
        long deadline = System.nanoTime() + wait.toNanos();
        long nextProgress = System.nanoTime() + StartWatch.PROGRESS_EVERY.toNanos();
        while (attached(killed.sharedMemoryId()) > 0 && System.nanoTime() < deadline) {
            if (System.nanoTime() >= nextProgress) {
                log.warn("waiting for the processes of the killed PostgreSQL server to end");
                nextProgress += StartWatch.PROGRESS_EVERY.toNanos();
            }
            sleep(200);
        }
    }

    /** How many processes are attached to the System V segment, 0 when it is gone. */
    static int attached(long shmid) {
        try {
            List<String> lines = Files.readAllLines(SYSV_SHM, StandardCharsets.UTF_8);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 6 && f[1].equals(Long.toString(shmid))) return Integer.parseInt(f[6]);
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private static void waitFor(ProcessHandle process, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) return;
        try {
            process.onExit().get(left, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // still running: the caller says so
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseStartException("interrupted while waiting for PostgreSQL");
        }
    }
}
