package dev.retain.engine.assign;

import dev.retain.engine.value.ManagerRole;

/** The outcome for one customer; {@code managerId} is null when unassigned. */
public record Assignment(int subscriber, String managerId, ManagerRole role, AssignmentReason reason) {
}
