package dev.retain.engine.assign;

import dev.retain.engine.value.ManagerRole;

/**
 * A customer to be assigned: where they are, which role the routing rule asks for, the
 * group's account manager and last month's manager when known, and their monthly value
 * (the most valuable customers are placed first when managers are short).
 */
public record AssignmentRequest(int subscriber, String region, ManagerRole role, String groupAccountManagerId,
                                String previousManagerId, long monthlyValueFen) {
}
