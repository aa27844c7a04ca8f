package dev.retain.app.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One course a manager took: {@code result} passed, failed or attended; {@code score} 0–100 or null; hours above 0. */
public record TrainingRecord(long id, String managerId, String managerName, String course, LocalDate takenOn, String result,
                             BigDecimal score, BigDecimal hours, String note, String recordedBy, Instant recordedAt) {
}
