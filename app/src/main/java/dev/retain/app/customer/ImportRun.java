package dev.retain.app.customer;

import dev.retain.app.security.PersonalData;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * One import as recorded in the history: who, from where, how it ended, the usage months it
 * wrote, and the counts of each file. A failed import kept no data; its message names the
 * file (and the line and column when one row decided it).
 */
public record ImportRun(long id, Instant startedAt, Instant finishedAt, String username, String source, String status,
                        String message, List<YearMonth> months, List<ImportFileCounts> files) {

    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    /**
     * The run as an answer shows it: phone numbers in the message masked (the import masks them
     * when it records a failure; runs recorded before that still hold them).
     */
    public ImportRun masked() {
        return new ImportRun(id, startedAt, finishedAt, username, source, status, PersonalData.maskNumbersIn(message), months, files);
    }

    public boolean succeeded() {
        return SUCCEEDED.equals(status);
    }

    public boolean failed() {
        return FAILED.equals(status);
    }

    public long rowsRead() {
        return files.stream().mapToLong(ImportFileCounts::read).sum();
    }

    public long rowsLoaded() {
        return files.stream().mapToLong(ImportFileCounts::loaded).sum();
    }

    public long rowsRejected() {
        return files.stream().mapToLong(ImportFileCounts::rejected).sum();
    }

    public Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    /** Rows read per second of the whole import, or 0 while it runs. */
    public double rowsPerSecond() {
        Duration d = duration();
        if (d == null) return 0;
        return rowsRead() / Math.max(d.toNanos() / 1e9, 1e-3);
    }
}
