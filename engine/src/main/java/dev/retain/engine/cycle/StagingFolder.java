package dev.retain.engine.cycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A cycle's hidden staging folder inside {@code --out}, and the clean-up of those left behind
 * by a cycle that was killed. While a cycle runs, it holds an exclusive lock on the folder's
 * {@value #OWNER_LOCK}; the operating system drops that lock when the process ends, however it
 * ends ({@code kill -9} included). So a folder whose lock can be taken belongs to nobody any
 * more and is removed, and one whose lock is held belongs to a cycle running now, in this or
 * another process, and is left alone.
 */
final class StagingFolder implements AutoCloseable {

    static final String PREFIX = ".staging-";
    static final String OWNER_LOCK = ".owner.lock";
    /** Younger folders are left alone: the owner may be between creating the folder and locking it. */
    static final Duration GRACE = Duration.ofSeconds(5);
    /** A folder without the lock file (made by a Retain before the lock existed) is stale after this long: no cycle runs a day. */
    static final Duration UNLOCKED_STALE_AFTER = Duration.ofDays(1);

    /**
     * The folders this JVM holds. They are never opened by the clean-up: closing any channel
     * on a file can release the process's lock on it (POSIX record locks are per process).
     */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private StagingFolder(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /** A new staging folder in {@code target}, locked by this process until {@link #close()}. */
    static StagingFolder create(Path target) throws IOException {
        Path dir = Files.createTempDirectory(target, PREFIX).toAbsolutePath();
        HELD_HERE.add(dir);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.resolve(OWNER_LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            return new StagingFolder(dir, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) channel.close();
            HELD_HERE.remove(dir);
            throw e;
        }
    }

    Path dir() {
        return dir;
    }

    /** When the folder was made, by the file system's clock (its lock file's modification time). */
    Instant createdAt() throws IOException {
        return Files.getLastModifiedTime(dir.resolve(OWNER_LOCK)).toInstant();
    }

    /** Whether a file of the folder is an output (the lock file is not). */
    static boolean isOutput(Path file) {
        return !OWNER_LOCK.equals(file.getFileName().toString());
    }

    /** Unlocks and deletes the folder with whatever is still in it. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            HELD_HERE.remove(dir);
            deleteTree(dir);
        }
    }

    /**
     * Removes the staging folders in {@code target} that no live cycle owns: those whose lock
     * can be taken, and those without a lock file older than a day. {@code now} is the file
     * system's time (the folders' modification times), not the business clock. Returns the
     * folders removed.
     */
    static List<Path> removeStale(Path target, Instant now) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(target)) return removed;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(target, PREFIX + "*")) {
            for (Path folder : folders) {
                Path dir = folder.toAbsolutePath();
                if (!Files.isDirectory(dir) || HELD_HERE.contains(dir)) continue;
                try {
                    if (isStale(dir, now)) {
                        deleteTree(dir);
                        removed.add(dir);
                    }
                } catch (IOException e) {
                    // not ours to remove after all (permissions) or gone meanwhile: the cycle goes on without it
                }
            }
        }
        return removed;
    }

    private static boolean isStale(Path dir, Instant now) throws IOException {
        Path lockFile = dir.resolve(OWNER_LOCK);
        try {
            if (!Files.exists(lockFile)) return olderThan(dir, UNLOCKED_STALE_AFTER, now);
            if (!olderThan(lockFile, GRACE, now)) return false;
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); FileLock probe = channel.tryLock()) {
                return probe != null; // taken: its owner has gone
            } catch (OverlappingFileLockException e) {
                return false; // held by another cycle in this JVM
            }
        } catch (NoSuchFileException e) {
            return false; // its owner finished and removed it meanwhile
        }
    }

    private static boolean olderThan(Path p, Duration age, Instant now) throws IOException {
        FileTime modified = Files.getLastModifiedTime(p);
        return modified.toInstant().plus(age).isBefore(now);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
