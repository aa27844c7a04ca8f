package dev.retain.engine.zone;

import dev.retain.engine.value.Zone;

/** Which clause of SPEC R2.2 decided a subscriber's zone, in evaluation order. */
public enum ZoneRule {
    /** No usage in M-1, or cancelled in M-1: the subscriber has left. */
    NONE_LEFT(Zone.NONE),
    /** Suspended or pre-cancelled in M-1. */
    WHITE_STATE(Zone.WHITE),
    /** bill(M-2) ≥ A and MOU(M-2) > M, bill(M-1) < A. */
    YELLOW_BILL_DROP(Zone.YELLOW),
    /** bill(M-2) ≥ A and MOU(M-2) > M, bill(M-1) ≥ A but MOU(M-1) < M. */
    RED_MOU_DROP(Zone.RED),
    /** bill(M-1) ≥ A and MOU(M-1) > M and min commit ≥ C. */
    BLUE_COMMIT(Zone.BLUE),
    /** bill(M-1) ≥ A and MOU(M-1) > M and min commit < C. */
    GREEN_NO_COMMIT(Zone.GREEN),
    /** None of the zone rules matched: not in the programme. */
    NONE_BELOW(Zone.NONE);

    private final Zone zone;

    ZoneRule(Zone zone) {
        this.zone = zone;
    }

    public Zone zone() {
        return zone;
    }

    private static final String[] CODES = java.util.Arrays.stream(values()).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);

    public String code() {
        return CODES[ordinal()];
    }

    /** The subscriber has left (counted as churned, never given a task). */
    public boolean left() {
        return this == NONE_LEFT;
    }
}
