package dev.retain.engine.zone;

import dev.retain.engine.value.Money;

/**
 * SPEC R2.2's settings: A = high-value bill, M = outgoing minutes, C = minimum commitment.
 * Money in fen so that "≥ A" is an exact comparison.
 */
public record ZoneThresholds(long highValueBillFen, long outgoingMinutes, long minCommitFen) {

    public static final ZoneThresholds DEFAULTS = new ZoneThresholds(18800, 300, 8800);

    public ZoneThresholds {
        if (highValueBillFen <= 0 || outgoingMinutes < 0 || minCommitFen < 0) {
            throw new IllegalArgumentException("zone thresholds must be positive: A=" + Money.format(highValueBillFen)
                    + " M=" + outgoingMinutes + " C=" + Money.format(minCommitFen));
        }
    }
}
