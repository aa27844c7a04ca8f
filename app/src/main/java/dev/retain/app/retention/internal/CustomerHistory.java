package dev.retain.app.retention.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The time-ordered parts of the 360 view. */
public final class CustomerHistory {

    private CustomerHistory() {
    }

    /**
     * One cycle month's segment: tier, zone, the rule that decided it and the values it looked at; the value grading
     * (RFM scores 1–5, cell, grade code, lifetime value in CNY) is null in months cycled before it and for those who left.
     */
    public record SegmentMonth(String month, String tier, String zone, String rule, BigDecimal billM1, Long mouM1,
                               BigDecimal billM2, Long mouM2, String stateM1, BigDecimal churnScore,
                               BigDecimal valueAtRisk, String churnReasons, Integer rfmR, Integer rfmF, Integer rfmM,
                               String rfm, String valueGrade, BigDecimal clv) {

        public boolean graded() {
            return rfm != null;
        }
    }

    public record UsageMonth(String month, BigDecimal bill, long mouOut, BigDecimal dataMb, String state) {
    }

    public record ContactEntry(long id, LocalDateTime at, String channel, String outcome, String declineReason, String offer,
                               String notes, LocalDate followUpDate, String username, String taskId) {
    }

    public record NoteEntry(long id, List<String> tags, String note, String author, LocalDateTime createdAt) {
    }
}
