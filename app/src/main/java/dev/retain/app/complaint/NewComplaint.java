package dev.retain.app.complaint;

import java.time.Instant;

/**
 * A complaint as a channel hands it in. {@code externalId}: the sending system's id (a repeat returns the
 * first complaint), null for a complaint typed in by staff; {@code receivedAt}: when the customer
 * complained, null for now; {@code createdBy}: the login or client that recorded it.
 */
public record NewComplaint(String externalId, String msisdn, String channel, String category, String description,
                           Instant receivedAt, String createdBy) {
}
