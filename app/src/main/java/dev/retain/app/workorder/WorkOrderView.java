package dev.retain.app.workorder;

import java.time.Instant;

/** One work order as callers see it; {@code dueAt} null while the clock stands still (waiting on the customer). */
public record WorkOrderView(long id, String externalId, String msisdn, String channel, String category, String state, String queue,
                            String assignee, String priority, Instant createdAt, Instant dueAt, Instant closedAt, String result,
                            String callbackOutcome, Integer satisfaction) {
}
