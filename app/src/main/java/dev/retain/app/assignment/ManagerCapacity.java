package dev.retain.app.assignment;

import dev.retain.engine.cycle.CycleSettings;
import dev.retain.engine.value.ManagerRole;

/**
 * How many customers a manager may serve (SPEC R3.1), the one definition the reassignment
 * pages and the dashboard use: the manager's own capacity when managers.csv gives one, else the
 * role's default from the settings in force (the engine's Assigner applies the same rule when
 * the cycle routes customers). Get the one in force from {@link Assignments#capacity()}.
 */
public record ManagerCapacity(int customerManagerDefault, int phoneManagerDefault) {

    public ManagerCapacity {
        if (customerManagerDefault <= 0 || phoneManagerDefault <= 0) {
            throw new IllegalArgumentException("default capacities must be positive");
        }
    }

    public static ManagerCapacity of(CycleSettings settings) {
        return new ManagerCapacity(settings.customerManagerCapacity(), settings.phoneManagerCapacity());
    }

    /** The role's default ({@code customer_manager} or {@code phone_manager}). */
    public long roleDefault(String role) {
        return ManagerRole.parse(role) == ManagerRole.CUSTOMER_MANAGER ? customerManagerDefault : phoneManagerDefault;
    }

    /** {@code own}: managers.csv's capacity, null or 0 when it gives none. */
    public long of(String role, Integer own) {
        return own != null && own > 0 ? own : roleDefault(role);
    }

    /**
     * Managers missing for {@code customers} of a role in a region whose active managers can
     * serve {@code capacityOfActive} together: the customers beyond that, at the role's default
     * per manager, rounded up (the engine's "managers short" in summary.json).
     */
    public long managersShort(String role, long customers, long capacityOfActive) {
        long beyond = Math.max(0, customers - capacityOfActive);
        long perManager = roleDefault(role);
        return (beyond + perManager - 1) / perManager;
    }
}
