package dev.retain.app.inspection;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** What an inspector found about one sampled customer, by a visit or a call. */
public record Finding(String method, LocalDate foundOn, boolean profileCorrect, String profileIssue, boolean knowsManager,
                      boolean serviceReceived, String notes, String recordedBy, LocalDateTime recordedAt) {

    /** Any of the three checks failed: the customer is listed among the problems. */
    public boolean hasProblem() {
        return !profileCorrect || !knowsManager || !serviceReceived;
    }
}
