package dev.retain.engine.visit;

import java.time.LocalDate;

/**
 * What visit picking needs of an open complaint and its customer. {@code tier} is the contract's
 * code (diamond/gold/silver/none); {@code priority} and {@code customerType} may be null (not filtered
 * or not judged yet).
 */
public record OpenComplaint(long complaintId, String msisdn, String tier, String region, String branch, String category, int repeatCount,
                            Long areaCaseId, String priority, String customerType, LocalDate receivedOn) {
}
