package dev.retain.engine.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staging folders a killed cycle leaves in --out: removed when stale, never while their cycle runs. */
class StagingFolderTests {

    @TempDir
    Path out;

    /** After the grace period, as seen by the clean-up. */
    private static Instant later() {
        return Instant.now().plus(StagingFolder.GRACE).plusSeconds(1);
    }

    @Test
    void theFolderOfACycleKilledWithSigkillIsRemovedAndOneStillRunningIsNot() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StagingHolder.class.getName(), out.toString())
                .redirectErrorStream(true).start();
        try {
            String line = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(line).as("the child's staging folder").startsWith("staging ");
            Path staging = Path.of(line.substring("staging ".length()));
            Files.writeString(staging.resolve("segments.csv"), "half-written");
            assertThat(StagingFolder.removeStale(out, later())).as("its cycle is running").isEmpty();
            assertThat(staging).isDirectory();

            child.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs in the child
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(staging).as("left behind by the kill").isDirectory();

            assertThat(StagingFolder.removeStale(out, later())).containsExactly(staging);
            assertThat(staging).doesNotExist();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aCycleInThisJvmKeepsItsFolderAndANewCycleCleansUpBeforeItStages() throws Exception {
        try (OutputDirectory running = new OutputDirectory(out)) {
            Path dead = Files.createDirectory(out.resolve(StagingFolder.PREFIX + "123"));
            Files.writeString(dead.resolve(StagingFolder.OWNER_LOCK), "");
            Files.setLastModifiedTime(dead.resolve(StagingFolder.OWNER_LOCK), FileTime.from(Instant.now().minusSeconds(60)));
            try (OutputDirectory next = new OutputDirectory(out)) {
                assertThat(dead).as("nobody holds its lock").doesNotExist();
                assertThat(running.staging()).as("held by a cycle of this JVM").isDirectory();
                assertThat(next.staging()).isDirectory();
            }
            assertThat(StagingFolder.removeStale(out, later())).isEmpty();
            assertThat(running.staging()).isDirectory();
        }
        try (var left = Files.list(out)) {
            assertThat(left).as("both closed cleanly").isEmpty();
        }
    }

    @Test
    void aFolderWithoutALockIsStaleOnlyAfterADayAndOtherFoldersAreNeverTouched() throws Exception {
        Path old = Files.createDirectory(out.resolve(StagingFolder.PREFIX + "1"));
        Path recent = Files.createDirectory(out.resolve(StagingFolder.PREFIX + "2"));
        Path mine = Files.createDirectory(out.resolve("churn-model"));
        Path similar = Files.createDirectory(out.resolve("staging-3"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        for (Path p : new Path[] {mine, similar}) Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        assertThat(StagingFolder.removeStale(out, Instant.now())).containsExactly(old.toAbsolutePath());
        assertThat(recent).isDirectory();
        assertThat(mine).isDirectory();
        assertThat(similar).isDirectory();
    }

    @Test
    void theLockFileIsNeverPublishedAsAnOutput() throws Exception {
        try (OutputDirectory dir = new OutputDirectory(out)) {
            Files.writeString(dir.staging().resolve("tasks.csv"), "x");
            dir.publishAll();
        }
        try (var left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("tasks.csv");
        }
    }
}
