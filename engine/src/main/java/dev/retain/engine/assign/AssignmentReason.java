package dev.retain.engine.assign;

/** Why a customer has the manager they have (or none). */
public enum AssignmentReason {
    KEPT, GROUP_ACCOUNT_MANAGER, REGION_BALANCED, OTHER_REGION, UNASSIGNED_NO_CAPACITY, UNASSIGNED_NO_MANAGER;

    private static final String[] CODES = java.util.Arrays.stream(values()).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

    public String code() {
        return CODES[ordinal()];
    }
}
