package dev.retain.app.assignment.web;

import dev.retain.app.assignment.HistoryEntry;
import dev.retain.app.security.PersonalData;
import java.time.LocalDateTime;

/** A history line as shown: the number masked (R14.3). */
record HistoryRow(String maskedMsisdn, String fromManager, String toManager, String role, String reason, String month,
                  LocalDateTime at, String byUser) {

    static HistoryRow of(HistoryEntry e) {
        return new HistoryRow(PersonalData.maskMsisdn(e.msisdn()), e.fromManager(), e.toManager(), e.role(), e.reason(),
                e.month(), e.at(), e.byUser());
    }
}
