package dev.retain.app.cycle;

import java.time.YearMonth;

/**
 * A cycle run succeeded: its month's segments, facts, tasks and assignments are in the database (durable: published in
 * the transaction that marks the run succeeded, so a listener that had not finished hears it again after a restart).
 * The metrics module refreshes the month's aggregates on it.
 */
public record CycleCompleted(long runId, YearMonth month) {
}
