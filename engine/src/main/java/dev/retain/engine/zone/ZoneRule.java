package dev.retain.engine.zone;

import dev.retain.engine.value.Zone;

/** Which clause of SPEC R2.2 decided a subscriber's zone, in evaluation order. */
public enum ZoneRule {
    NONE_LEFT(Zone.NONE, "no usage in M-1, or cancelled in M-1: the subscriber has left"),
    WHITE_STATE(Zone.WHITE, "suspended or pre-cancelled in M-1"),
    YELLOW_BILL_DROP(Zone.YELLOW, "bill(M-2) ≥ A and MOU(M-2) > M, bill(M-1) < A"),
    RED_MOU_DROP(Zone.RED, "bill(M-2) ≥ A and MOU(M-2) > M, bill(M-1) ≥ A but MOU(M-1) < M"),
    BLUE_COMMIT(Zone.BLUE, "bill(M-1) ≥ A and MOU(M-1) > M and min commit ≥ C"),
    GREEN_NO_COMMIT(Zone.GREEN, "bill(M-1) ≥ A and MOU(M-1) > M and min commit < C"),
    NONE_BELOW(Zone.NONE, "none of the zone rules matched: not in the programme");

    private final Zone zone;
    private final String description;

    ZoneRule(Zone zone, String description) {
        this.zone = zone;
        this.description = description;
    }

    public Zone zone() {
        return zone;
    }

    public String description() {
        return description;
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
