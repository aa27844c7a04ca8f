package dev.retain.engine.value;

/** A phone manager or customer manager. Capacity 0 means the role's default (SPEC R3.1). */
public record Manager(String id, String name, ManagerRole role, String region, int capacity, boolean active) {
}
