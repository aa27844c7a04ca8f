package dev.retain.engine.cycle;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A staging folder inside the output folder: files are written there and moved into place
 * only when the whole run succeeded, so a failed run never leaves half-written outputs.
 * Rejects reports are published even on failure: they are the diagnosis.
 */
final class OutputDirectory implements AutoCloseable {

    private final Path target;
    private final Path staging;

    OutputDirectory(Path target) throws IOException {
        this.target = target;
        Files.createDirectories(target);
        this.staging = Files.createTempDirectory(target, ".staging-");
    }

    Path staging() {
        return staging;
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
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging, glob)) {
            for (Path p : files) move(p, target.resolve(p.getFileName()));
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
        if (!Files.exists(staging)) return;
        try (Stream<Path> walk = Files.walk(staging)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
