/**
 * Real-time usage alerts in the application (SPEC R6.1, issue 12): the engine's per-subscriber logic
 * ({@code engine.alert.UsageAlerts}) in-process with its state in PostgreSQL, behind
 * {@code POST /api/v1/usage-events}, and the consumer of the Kafka topology's {@code usage-alerts}
 * topic when a cluster is configured. Either way each alert becomes one {@code usage_alert} row, one
 * service message to the customer through {@code notify.Outbox} and one {@code usage-alert} task for
 * the customer's manager ({@code retention.MomentTasks}), exactly once per alert id.
 */
package dev.retain.app.alert;
