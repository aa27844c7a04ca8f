package dev.retain.engine.alert;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One alert of the {@code usage-alerts} topic: a threshold a subscriber's month reached, with the
 * month's usage, the plan's allowance and the estimated overage (fen) at that moment, and the event
 * that made it cross. {@link #alertId()} is the same however often the alert were computed, so a
 * consumer can store it idempotently.
 *
 * @param resource         the resource of an allowance alert; null for the bill shock
 * @param thresholdPercent the percent of the allowance reached (allowance alerts), else 0
 * @param thresholdFen     the bill-shock amount reached (bill-shock alerts), else 0
 */
public record UsageAlert(String alertId, String msisdn, YearMonth month, AlertKind kind, Resource resource,
                         int thresholdPercent, long thresholdFen, UsageTotals usage, Allowance allowance,
                         long estimatedOverageFen, String planId, String eventId, Instant eventTs) {

    public UsageAlert {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(msisdn, "msisdn");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(kind, "kind");
        if ((kind == AlertKind.ALLOWANCE) != (resource != null)) {
            throw new IllegalArgumentException("an allowance alert names its resource, a bill-shock alert none");
        }
    }

    /** {@code 13800138000/2026-11/data-80}, {@code 13800138000/2026-11/bill-shock}. */
    public static String idOf(String msisdn, YearMonth month, Resource resource, int percent) {
        return msisdn + "/" + month + "/" + (resource == null ? "bill-shock" : resource.code() + "-" + percent);
    }
}
