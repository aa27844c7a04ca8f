package dev.retain.app.metrics;

/**
 * A customer behind a figure, as stored: the caller masks the number and name before they reach a page. Addressed by
 * {@code customerKey} in links, never by the number.
 */
public record MetricCustomer(String customerKey, String msisdnReceived, String name, String tier, String region, String branch,
                             String managerId, String zone, String zoneBefore) {
}
