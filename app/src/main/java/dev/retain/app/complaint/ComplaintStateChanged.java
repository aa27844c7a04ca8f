package dev.retain.app.complaint;

import java.time.Instant;

/**
 * A complaint moved from one state to another (durable: published with the change's transaction).
 * {@code fromState} is null when the complaint was received (to intake).
 */
public record ComplaintStateChanged(long complaintId, String fromState, String toState, Instant at) {
}
