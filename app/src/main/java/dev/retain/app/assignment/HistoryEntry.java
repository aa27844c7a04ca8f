package dev.retain.app.assignment;

import java.time.LocalDateTime;

/** One row of assignment_history: who moved a customer from whom to whom, and why. */
public record HistoryEntry(long id, String msisdn, String fromManager, String toManager, String role, String reason,
                           String month, LocalDateTime at, String byUser) {
}
