package dev.retain.app.core;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the embedded PostgreSQL's own log (its stderr, appended to postgresql.log) for progress and failure lines. */
final class ServerLog {

    private static final int TAIL = 16 * 1024;

    private ServerLog() {
    }

    static long size(Path serverLog) {
        try {
            return Files.exists(serverLog) ? Files.size(serverLog) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The latest "redo in progress" (or other recovery) line written since {@code from}, without its prefix. */
    static Optional<String> lastProgress(Path serverLog, long from) {
        String[] lines = tail(serverLog, from);
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i];
            if (line.contains("redo") || line.contains("recovery") || line.contains("checkpoint")) return Optional.of(message(line));
        }
        return Optional.empty();
    }

    /** Whether a start failure was written since {@code from}: PostgreSQL's FATAL or PANIC, or pg_ctl giving up. */
    static boolean hasFailure(Path serverLog, long from) {
        for (String line : tail(serverLog, from)) {
            if (isFailure(line)) return true;
        }
        return false;
    }

    private static boolean isFailure(String line) {
        if (line.contains("FATAL:") || line.contains("PANIC:")) return true;
        // pg_ctl's own errors (no data folder, server exited); its warning about a stale lock file and its
        // own time limit are not: the server goes on starting (or recovering)
        return line.startsWith("pg_ctl: ") && !line.contains("another server might be running") && !line.contains("did not start in time");
    }

    /**
     * For a one-line error, what went wrong since {@code from}: PostgreSQL's last FATAL or PANIC,
     * else pg_ctl's own error (its "could not start server" last: it says nothing of why),
     * else the last line.
     */
    static String lastProblem(Path serverLog, long from) {
        String[] lines = tail(serverLog, from);
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].contains("FATAL:") || lines[i].contains("PANIC:")) return message(lines[i]);
        }
        for (int i = lines.length - 1; i >= 0; i--) {
            if (isFailure(lines[i]) && !lines[i].contains("could not start server")) return message(lines[i]);
        }
        for (int i = lines.length - 1; i >= 0; i--) {
            if (isFailure(lines[i])) return message(lines[i]);
        }
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) return message(lines[i]);
        }
        return "nothing in its log";
    }

    /** "2026-… UTC [123] LOG:  redo in progress, …" → "redo in progress, …", at most 200 characters. */
    private static String message(String line) {
        int level = line.indexOf(":  ");
        String m = (level >= 0 ? line.substring(level + 3) : line).trim();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    private static String[] tail(Path serverLog, long from) {
        if (!Files.exists(serverLog)) return new String[0];
        try (RandomAccessFile f = new RandomAccessFile(serverLog.toFile(), "r")) {
            long start = Math.max(from, f.length() - TAIL);
            if (start >= f.length()) return new String[0];
            byte[] bytes = new byte[(int) (f.length() - start)];
            f.seek(start);
            f.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).split("\n");
        } catch (IOException e) {
            return new String[0];
        }
    }
}
