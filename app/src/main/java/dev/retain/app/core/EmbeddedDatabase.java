package dev.retain.app.core;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL (zonky binaries) with its data under a folder that survives
 * restarts, and a start that copes with the last run having been killed:
 * <ul>
 * <li>a server left running by a killed Retain (PostgreSQL detaches from the JVM that started
 *     it) is allowed to finish its recovery and stopped cleanly, then started afresh;</li>
 * <li>a server that was itself killed recovers from its write-ahead log on this start, which
 *     may take minutes after a large import: the start waits for it (up to
 *     {@code retain.db.startup-wait}) and says so every few seconds;</li>
 * <li>a folder in use by a running Retain, a server that stops while starting, or one that is
 *     not ready in time end the start with a {@link DatabaseStartException} whose one line
 *     says what to do.</li>
 * </ul>
 * PostgreSQL's own messages go to {@code postgresql.log} beside the data.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** How long a start after a clean stop may take: no recovery, only a slow machine. */
    static final Duration CLEAN_START_WAIT = Duration.ofMinutes(2);
    /** zonky's lock file in the data folder, held by the JVM whose server runs on it. */
    private static final String ZONKY_LOCK = "epg-lock";
    /** The data folders whose servers this JVM runs (never probed with a second channel: see {@link #inUseElsewhere}). */
    private static final Set<Path> STARTED_HERE = ConcurrentHashMap.newKeySet();

    private final EmbeddedPostgres postgres;
    private final Path data;
    private final Path throwawayDir;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path data, Path throwawayDir) {
        this.postgres = postgres;
        this.data = data;
        this.throwawayDir = throwawayDir;
    }

    static EmbeddedDatabase none() {
        return new EmbeddedDatabase(null, null, null);
    }

    /**
     * Starts the server on {@code dir/data}. {@code startupWait} bounds the wait for a server
     * that recovers after being killed (a clean start gets {@link #CLEAN_START_WAIT}).
     */
    static EmbeddedDatabase start(Path dir, boolean throwaway, Duration startupWait) throws IOException {
        Path base = dir.toAbsolutePath();
        Path data = base.resolve("data");
        Path work = base.resolve("work");
        Path serverLog = base.resolve("postgresql.log");
        Files.createDirectories(work);
        Files.createDirectories(data);
        if (!STARTED_HERE.add(data) || inUseElsewhere(data)) {
            STARTED_HERE.remove(data);
            throw new DatabaseStartException("the database in " + base + " is in use by another Retain (serve, demo or import):"
                    + " stop that one first, or give this one its own folder (RETAIN_HOME)");
        }
        try {
            boolean recovering = prepareLeftovers(data, serverLog, startupWait);
            Duration wait = recovering ? startupWait : CLEAN_START_WAIT;
            EmbeddedPostgres postgres = startServer(data, work, serverLog, wait, recovering);
            return new EmbeddedDatabase(postgres, data, throwaway ? base : null);
        } catch (IOException | RuntimeException e) {
            STARTED_HERE.remove(data);
            throw e;
        }
    }

    /**
     * Whether another process runs a server on this folder: it holds zonky's lock. A lock
     * that can be taken is released at once (zonky takes it again when it starts).
     */
    private static boolean inUseElsewhere(Path data) throws IOException {
        Path lockFile = data.resolve(ZONKY_LOCK);
        if (!Files.exists(lockFile)) return false;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            return lock == null;
        }
    }

    /**
     * What the last run left: nothing (a clean stop), a server still running (stopped here
     * once it is ready), or the lock file of a killed server (it recovers on this start).
     * Returns whether the start that follows recovers.
     */
    private static boolean prepareLeftovers(Path data, Path serverLog, Duration wait) throws IOException {
        Optional<PostmasterPidFile> leftover = PostmasterPidFile.read(data);
        if (leftover.isEmpty()) return false;
        PostmasterPidFile pidFile = leftover.get();
        Optional<ProcessHandle> server = pidFile.liveServer();
        if (server.isPresent()) {
            log.warn("PostgreSQL in {} is still running (pid {}) after Retain was stopped abruptly: stopping it cleanly first",
                    data, pidFile.pid());
            LeftoverServer.stop(data, server.get(), serverLog, wait);
            return PostmasterPidFile.read(data).isPresent();
        }
        log.warn("PostgreSQL in {} was not shut down cleanly (its server was killed): it recovers from its write-ahead log now,"
                + " which can take some minutes after a large import; waiting up to {}", data, StartWatch.readable(wait));
        LeftoverServer.awaitOldProcessesGone(pidFile, wait);
        return true;
    }

    private static EmbeddedPostgres startServer(Path data, Path work, Path serverLog, Duration wait, boolean recovering)
            throws IOException {
        StartWatch watch = StartWatch.begin(data, serverLog, recovering, Thread.currentThread());
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(work.toFile())
                    // stopped by close() when Spring closes the context, after everything that uses it
                    // (the event registry reads it while shutting down), not by a JVM hook running alongside
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(wait)
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog.toFile()))
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "32MB")
                    // the import stages each file in a temporary table: local buffers, allocated only by sessions that use one
                    .setServerConfig("temp_buffers", "128MB")
                    .setServerConfig("maintenance_work_mem", "512MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("synchronous_commit", "off")
                    // a recovery says how far it got every few seconds (the progress lines read the log)
                    .setServerConfig("log_startup_progress_interval", "5s")
                    .start();
        } catch (IOException e) {
            // zonky gave up waiting: the server may still be recovering; the next start waits for it again
            throw new DatabaseStartException("PostgreSQL in " + data + " was not ready after " + StartWatch.readable(wait)
                    + " (" + ServerLog.lastProblem(serverLog, watch.logOffset()) + "): run the command again to keep waiting,"
                    + " or raise retain.db.startup-wait; PostgreSQL's log: " + serverLog, e);
        } finally {
            watch.stop();
            Thread.interrupted(); // the watch's interrupt (a server that died) must not leak into what follows
        }
        if (watch.died() || !answers(postgres)) {
            // read before closing: zonky's stop of the dead server adds its own complaint to the log
            String problem = ServerLog.lastProblem(serverLog, watch.logOffset());
            // pg_ctl's "could not start server" says nothing of why; on a busy machine the server's own FATAL line
            // can reach the log a moment later
            for (int i = 0; i < 20 && problem.contains("could not start server"); i++) {
                sleepQuietly(100);
                problem = ServerLog.lastProblem(serverLog, watch.logOffset());
            }
            closeQuietly(postgres);
            throw new DatabaseStartException("PostgreSQL in " + data + " stopped while starting (" + problem + "): see its log "
                    + serverLog + "; if the data is damaged, restore it or delete the folder and import again");
        }
        if (recovering) log.warn("PostgreSQL in {} has recovered and is ready ({})", data, StartWatch.readable(watch.elapsed()));
        return postgres;
    }

    private static boolean answers(EmbeddedPostgres postgres) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            return s.execute("select 1");
        } catch (SQLException e) {
            return false;
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.debug("closing a server that did not start", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        if (postgres == null) return;
        try {
            postgres.close();
            if (PostmasterPidFile.read(data).flatMap(PostmasterPidFile::liveServer).isPresent()) {
                log.warn("PostgreSQL in {} did not stop; it is stopped at the next start", data);
            }
        } finally {
            STARTED_HERE.remove(data);
            if (throwawayDir != null) FileSystemUtils.deleteRecursively(throwawayDir);
        }
    }
}
