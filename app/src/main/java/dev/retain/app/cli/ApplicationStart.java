package dev.retain.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the commands that start the application (serve, demo, import, user) share: the
 * installation's home (RETAIN_HOME, as the launcher sets it; the current folder without
 * one) and the log file under it, where the application logs and where a failed start
 * leaves its details.
 */
final class ApplicationStart {

    static final String HOME = "RETAIN_HOME";

    private ApplicationStart() {
    }

    /** RETAIN_HOME as a system property (as Spring's own placeholders read it), else from the environment, else ".". */
    static Path home() {
        String home = configuredHome();
        return Path.of(home == null ? "." : home);
    }

    private static String configuredHome() {
        String home = System.getProperty(HOME);
        if (home == null || home.isBlank()) home = System.getenv(HOME);
        return home == null || home.isBlank() ? null : home;
    }

    static Path logFile() {
        return home().resolve("var").resolve("log").resolve("retain.log");
    }

    /**
     * The command's own Spring arguments, plus the log file when there is a home (the
     * launcher always sets one; a bare {@code java -jar} in some folder logs to the terminal only).
     */
    static String[] arguments(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (configuredHome() != null) all.add("--logging.file.name=" + logFile());
        // a failed start is reported once, by the command's last line (StartFailure, the stack trace into the log file);
        // Spring's own reports of it (the context's one long warning, Boot's failure box) would only repeat it
        all.add("--logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter=OFF");
        all.add("--logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=ERROR");
        all.add("--logging.level.org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext=ERROR");
        return all.toArray(String[]::new);
    }
}
