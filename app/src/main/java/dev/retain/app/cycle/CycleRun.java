package dev.retain.app.cycle;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One run of the monthly cycle over the database: queued → running → succeeded or failed,
 * with the engine's current phase and progress, and its summary.json when it succeeded.
 */
public record CycleRun(long id, YearMonth month, Status status, String phase, long done, long total, Instant startedAt,
                       Instant finishedAt, String startedBy, String summaryJson, String error) {

    public enum Status {
        QUEUED, RUNNING, SUCCEEDED, FAILED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Status ofCode(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public boolean finished() {
        return status == Status.SUCCEEDED || status == Status.FAILED;
    }

    /** 0–100 for the progress bar: the current phase's share done. */
    public int percent() {
        if (status == Status.SUCCEEDED) return 100;
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }

    /** How long it ran (so far, while running); null while queued. */
    public Duration elapsed() {
        if (status == Status.QUEUED) return null;
        return Duration.between(startedAt, finishedAt == null ? Instant.now() : finishedAt);
    }
}
