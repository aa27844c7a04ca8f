package dev.retain.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A command that starts the application and cannot (issue 10, point 5): its last line on the
 * terminal says what to do, no stack trace reaches the terminal, and the whole exception is
 * in the log file under RETAIN_HOME.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartFailureTests {

    @TempDir
    Path home;

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void aHome() {
        System.setProperty(ApplicationStart.HOME, home.toString());
    }

    @AfterEach
    void noHome() {
        System.clearProperty(ApplicationStart.HOME);
        System.clearProperty("retain.db.embedded-dir");
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = RetainCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path logFile() {
        return home.resolve("var/log/retain.log");
    }

    @Test
    void anImportWhoseDatabaseCannotStartEndsInOneLineAndLogsTheDetails(CapturedOutput terminal) throws Exception {
        Path db = home.resolve("var/db");
        Files.createDirectories(db.resolve("data"));
        Files.writeString(db.resolve("data/postgresql.conf"), "# a data folder that PostgreSQL cannot use\n");
        System.setProperty("retain.db.embedded-dir", db.toString());
        Path folder = Files.createDirectories(home.resolve("province"));

        Result r = run("import", folder.toString());

        assertThat(r.code()).isEqualTo(StartFailure.CANNOT_START);
        assertThat(r.err().lines()).as(r.err()).singleElement().asString()
                .startsWith("error: PostgreSQL in " + db.toAbsolutePath().resolve("data") + " stopped while starting (")
                .contains("is not a database cluster directory")
                .endsWith("(details: " + logFile() + ")");
        assertThat(terminal.getAll()).as("no stack trace on the terminal").doesNotContain("\tat ").doesNotContain("Caused by:");
        assertThat(Files.readString(logFile())).contains("DatabaseStartException", "\tat ");
    }

    @Test
    void aServerWhosePortIsTakenSaysSoAndHowToChooseAnother(CapturedOutput terminal) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("0.0.0.0"))) {
            Result r = run("serve", "--port", Integer.toString(taken.getLocalPort()));

            assertThat(r.code()).isEqualTo(StartFailure.CANNOT_START);
            assertThat(r.err().lines()).as(r.err()).singleElement().asString().isEqualTo("error: the web port " + taken.getLocalPort()
                    + " is in use by another program: stop it, or start with --port P (or RETAIN_PORT) (details: " + logFile() + ")");
        }
        assertThat(terminal.getAll()).doesNotContain("\tat ").doesNotContain("Caused by:");
        assertThat(Files.readString(logFile())).as("Spring's own log and the failure").contains("PortInUseException", "\tat ");
    }
}
