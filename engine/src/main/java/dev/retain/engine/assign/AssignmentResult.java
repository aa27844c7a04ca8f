package dev.retain.engine.assign;

import java.util.List;

/** Every request's assignment, in request order, and the shortage per region and role. */
public record AssignmentResult(List<Assignment> assignments, List<ManagersShort> shortages) {
}
