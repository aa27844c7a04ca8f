package dev.retain.engine.cycle;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A staging folder inside the output folder: files are written there and moved into place
 * only when the whole run succeeded, so a failed run never leaves half-written outputs.
 * Rejects reports are published even on failure: they are the diagnosis. Staging folders
 * left behind by a killed cycle are removed first ({@link StagingFolder}).
 */
final class OutputDirectory implements AutoCloseable {

    private final Path target;
    private final StagingFolder staging;

    OutputDirectory(Path target) throws IOException {
        this.target = target;
        Files.createDirectories(target);
        this.staging = StagingFolder.create(target);
        // "now" as the file system that stamps the folders tells it (no wall clock in the engine)
        StagingFolder.removeStale(target, staging.createdAt());
    }

    Path staging() {
        return staging.dir();
    }

    /** Moves every staged file into place, replacing earlier outputs and stale rejects reports. */
    void publishAll() throws IOException {
        try (DirectoryStream<Path> old = Files.newDirectoryStream(target, "*.rejects.csv")) {
            for (Path p : old) Files.delete(p);
        }
        publish("*");
    }

    void publishRejectsOnly() throws IOException {
        publish("*.rejects.csv");
    }

    private void publish(String glob) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging.dir(), glob)) {
            for (Path p : files) {
                if (StagingFolder.isOutput(p)) move(p, target.resolve(p.getFileName()));
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() throws IOException {
        staging.close();
    }
}
