package dev.retain.app.complaint;

import java.time.Instant;

/**
 * One complaint as other modules see it. {@code msisdn} is the canonical number (mask it before showing:
 * {@code security.PersonalData}); {@code state}: intake, filtered, handling, callback, closed;
 * {@code priority}: must_solve, regular, defer (null before the filter); {@code scenario} and
 * {@code customerType}: 003's codes, null until the handler records them.
 */
public record ComplaintView(long id, String externalId, String msisdn, String channel, String sourceClass, String category,
                            String description, String region, String branch, String state, String priority,
                            int repeatCount, Long areaCaseId, Long workOrderId, Instant receivedAt, Instant closedAt,
                            Integer satisfaction, String scenario, String customerType) {
}
