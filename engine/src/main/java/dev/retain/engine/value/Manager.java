package dev.retain.engine.value;

/**
 * A phone manager or customer manager. Capacity 0 means the role's default (SPEC R3.1). {@code branch} and {@code team}
 * (null when the file does not say) only group managers in reports; the cycle's assignment does not read them.
 */
public record Manager(String id, String name, ManagerRole role, String region, int capacity, boolean active,
                      String branch, String team) {

    public Manager(String id, String name, ManagerRole role, String region, int capacity, boolean active) {
        this(id, name, role, region, capacity, active, null, null);
    }
}
