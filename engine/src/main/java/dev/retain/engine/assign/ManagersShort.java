package dev.retain.engine.assign;

import dev.retain.engine.value.ManagerRole;

/** Demand against capacity for one region and role, and the headcount missing at the default ratio. */
public record ManagersShort(String region, ManagerRole role, long customers, long capacity, long managersShort) {
}
