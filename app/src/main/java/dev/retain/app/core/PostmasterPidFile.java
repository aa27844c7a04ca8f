package dev.retain.app.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL's lock file {@code postmaster.pid} in a data directory, as PostgreSQL 17 writes
 * it: the server's process id (line 1), its status (line 8: {@code starting}, {@code ready},
 * {@code stopping}) and its System V shared memory id (line 7). A clean stop removes it, so
 * finding it before a start means the last server was killed or is still running.
 */
record PostmasterPidFile(long pid, String status, long sharedMemoryId) {

    static final String NAME = "postmaster.pid";
    static final String READY = "ready";
    static final String STARTING = "starting";

    /** The file as it is now, or empty when there is none (or only a half-written one). */
    static Optional<PostmasterPidFile> read(Path dataDir) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDir.resolve(NAME), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.isEmpty()) return Optional.empty();
        try {
            long pid = Long.parseLong(lines.get(0).trim());
            String status = lines.size() > 7 ? lines.get(7).trim() : "";
            long shmid = -1;
            if (lines.size() > 6) {
                String[] key = lines.get(6).trim().split("\\s+");
                if (key.length == 2) shmid = Long.parseLong(key[1]);
            }
            return Optional.of(new PostmasterPidFile(pid, status, shmid));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The PostgreSQL server process it names, when that process is alive (and is a postgres, not a reused pid). */
    Optional<ProcessHandle> liveServer() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> p.info().command()
                .map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
                .orElse(true));
    }

    boolean ready() {
        return READY.equals(status);
    }
}
