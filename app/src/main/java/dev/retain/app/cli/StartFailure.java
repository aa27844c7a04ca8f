package dev.retain.app.cli;

import dev.retain.app.core.AppliedMigrationChangedException;
import dev.retain.app.core.DatabaseStartException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.springframework.boot.web.server.PortInUseException;

/**
 * A start of the application that failed: one line on the terminal that says what to do,
 * and the whole exception appended to the log file (never a stack trace on the terminal).
 */
final class StartFailure {

    /** Exit code of a start that failed for a reason other than a changed migration (2). */
    static final int CANNOT_START = 3;

    private StartFailure() {
    }

    /** Reports the failure and returns the exit code. */
    static int report(RuntimeException failure, PrintStream err, Path logFile) {
        boolean logged = appendDetails(failure, logFile);
        String details = logged ? " (details: " + logFile + ")" : "";
        AppliedMigrationChangedException changed = find(failure, AppliedMigrationChangedException.class);
        if (changed != null) {
            err.println("error: " + changed.getMessage());
            return 2;
        }
        err.println("error: " + line(failure) + details);
        return CANNOT_START;
    }

    /** The one line: what went wrong and what to do about it. */
    static String line(Throwable failure) {
        DatabaseStartException database = find(failure, DatabaseStartException.class);
        if (database != null) return database.getMessage();
        PortInUseException port = find(failure, PortInUseException.class);
        if (port != null) {
            return "the web port " + port.getPort() + " is in use by another program: stop it, or start with --port P (or RETAIN_PORT)";
        }
        if (find(failure, org.postgresql.util.PSQLException.class) != null || find(failure, java.net.ConnectException.class) != null) {
            return "cannot reach the database (" + rootMessage(failure) + "): check that it is running and, with RETAIN_DB_URL,"
                    + " its URL, user and password";
        }
        return "Retain could not start: " + rootMessage(failure) + "; fix the cause, or report it with the log";
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }

    private static boolean appendDetails(Throwable failure, Path logFile) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Files.writeString(logFile, Instant.now() + " ERROR the application did not start: " + trace + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
