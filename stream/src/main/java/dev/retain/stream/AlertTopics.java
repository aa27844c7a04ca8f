package dev.retain.stream;

import java.util.Objects;

/**
 * The topics of the usage alerts (docs/data-formats.md).
 *
 * @param events          usage events in, JSON, keyed by the canonical MSISDN (other keys are re-keyed)
 * @param alerts          alerts out, JSON, keyed by the canonical MSISDN
 * @param deadLetters     refused events with the reason, JSON
 * @param plans           compacted: plan id → the plan's allowances and prices, JSON
 * @param subscriberPlans compacted: canonical MSISDN → the subscriber's plan id (plain text); a tombstone removes the subscriber
 */
public record AlertTopics(String events, String alerts, String deadLetters, String plans, String subscriberPlans) {

    public static final String EVENTS = "usage-events";
    public static final String ALERTS = "usage-alerts";
    public static final String DEAD_LETTERS = "usage-events-dlq";
    public static final String PLANS = "retain-plans";
    public static final String SUBSCRIBER_PLANS = "retain-subscriber-plans";

    public AlertTopics {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(alerts, "alerts");
        Objects.requireNonNull(deadLetters, "deadLetters");
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(subscriberPlans, "subscriberPlans");
    }

    public static AlertTopics defaults() {
        return new AlertTopics(EVENTS, ALERTS, DEAD_LETTERS, PLANS, SUBSCRIBER_PLANS);
    }
}
