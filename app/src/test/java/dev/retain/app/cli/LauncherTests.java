package dev.retain.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./retain} launcher itself, run by bash: a copy of the real script in a folder
 * laid out like the repository, with an up-to-date jar (so it builds nothing) and a
 * {@code java} on the PATH that only prints the environment it was given.
 */
class LauncherTests {

    private static final Path SCRIPT = Path.of("..", "retain");

    @TempDir
    Path work;
    private Path repository;
    private Path bin;

    @BeforeEach
    void layOutARepositoryWithABuiltJar() throws Exception {
        repository = Files.createDirectories(work.resolve("repo"));
        Files.copy(SCRIPT, repository.resolve("retain"));
        executable(repository.resolve("retain"));
        Files.writeString(repository.resolve("pom.xml"), "<project/>");
        for (String module : new String[] {"engine", "synth", "stream", "app"}) Files.createDirectories(repository.resolve(module));
        Path jar = Files.createDirectories(repository.resolve("app/target")).resolve("retain-app.jar");
        Files.writeString(jar, "not a real jar: the fake java below never opens it");
        // newer than every source, so the launcher does not rebuild
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        bin = Files.createDirectories(work.resolve("bin"));
        Files.writeString(bin.resolve("java"), "#!/bin/sh\necho \"RETAIN_HOME=$RETAIN_HOME\"\necho \"args=$*\"\n");
        executable(bin.resolve("java"));
    }

    @Test
    void withoutRetainHomeTheRepositoryIsHome() throws Exception {
        String out = launch(null, "import", "/data/p");
        assertThat(out).contains("RETAIN_HOME=" + repository.toRealPath());
        assertThat(out).contains("args=").contains("-jar " + repository.toRealPath().resolve("app/target/retain-app.jar") + " import /data/p");
    }

    @Test
    void aGivenRetainHomeIsKept() throws Exception {
        Path home = Files.createDirectories(work.resolve("elsewhere"));
        String out = launch(home.toString(), "import", "/data/p");
        assertThat(out).contains("RETAIN_HOME=" + home).doesNotContain("RETAIN_HOME=" + repository.toRealPath());
    }

    @Test
    void anEmptyRetainHomeMeansTheDefault() throws Exception {
        assertThat(launch("", "help")).contains("RETAIN_HOME=" + repository.toRealPath());
    }

    @Test
    void aChangedMigrationOrTemplateRebuildsTheJar() throws Exception {
        // a fake Maven wrapper: the launcher's rebuild is seen, not run
        Files.writeString(repository.resolve("mvnw"), "#!/bin/sh\necho \"mvnw $*\"\n");
        executable(repository.resolve("mvnw"));
        assertThat(launch(null, "help")).as("nothing changed").doesNotContain("building Retain");
        for (String changed : new String[] {"app/src/main/resources/db/migration/care/V9_9__x.sql", "app/src/main/resources/templates/x.html"}) {
            Path file = repository.resolve(changed);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "-- changed");
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 120_000));
            assertThat(launch(null, "help")).as(changed).contains("building Retain").contains("mvnw ");
            Files.delete(file);
            Path jar = repository.resolve("app/target/retain-app.jar");
            Files.writeString(jar, "rebuilt");
            Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        }
    }

    private String launch(String retainHome, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = repository.resolve("retain").toString();
        System.arraycopy(args, 0, command, 2, args.length);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).directory(work.toFile());
        Map<String, String> env = pb.environment();
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        if (retainHome == null) env.remove("RETAIN_HOME"); else env.put("RETAIN_HOME", retainHome);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
