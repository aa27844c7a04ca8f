package dev.retain.app.workorder;

/**
 * A work order as a channel opens it. {@code externalId} (nullable) is the sending system's id: a
 * repeat returns the first order. {@code region} null: the subscriber's region. {@code priority}
 * null: {@code regular}.
 */
public record NewWorkOrder(String externalId, String msisdn, String channel, String category, String description, String region,
                           String priority, String createdBy) {
}
