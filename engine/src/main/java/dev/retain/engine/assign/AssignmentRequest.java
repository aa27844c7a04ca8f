package dev.retain.engine.assign;

import dev.retain.engine.value.ManagerRole;

/**
 * A customer to be assigned: where they are, which role the routing rule asks for, the
 * group's account manager and last month's manager when known, and their monthly value
 * (the most valuable customers are placed first when managers are short). {@code subscriber}
 * identifies the request in the result; {@code msisdn} breaks ties between equal values, so the
 * order never depends on where a row stood in a file or on which machine it was read.
 */
public record AssignmentRequest(int subscriber, String msisdn, String region, ManagerRole role, String groupAccountManagerId,
                                String previousManagerId, long monthlyValueFen) {
}
