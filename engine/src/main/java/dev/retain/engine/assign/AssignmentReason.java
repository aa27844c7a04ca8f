package dev.retain.engine.assign;

/** Why a customer has the manager they have (or none). */
public enum AssignmentReason {
    KEPT, GROUP_ACCOUNT_MANAGER, REGION_BALANCED, OTHER_REGION, UNASSIGNED_NO_CAPACITY, UNASSIGNED_NO_MANAGER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean assigned() {
        return this != UNASSIGNED_NO_CAPACITY && this != UNASSIGNED_NO_MANAGER;
    }
}
