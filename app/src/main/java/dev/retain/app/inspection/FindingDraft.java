package dev.retain.app.inspection;

import java.time.LocalDate;

/** A finding as the inspector enters it; null answers are refused at their field. */
public record FindingDraft(String method, LocalDate foundOn, Boolean profileCorrect, String profileIssue, Boolean knowsManager,
                           Boolean serviceReceived, String notes) {
}
