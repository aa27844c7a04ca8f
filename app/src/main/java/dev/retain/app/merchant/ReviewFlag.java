package dev.retain.app.merchant;

import java.time.Instant;

/**
 * A merchant graded D in two consecutive quarters ({@code period} the second), waiting for an offline review while
 * {@code reviewedAt} is null; the review takes it offline ({@code taken_offline}) or keeps it ({@code kept_online}).
 */
public record ReviewFlag(long id, long merchantId, String merchantCode, String merchantName, boolean merchantOnline, String period,
                         long assessmentId, Instant raisedAt, Instant reviewedAt, String reviewedBy, String outcome, String note) {

    /** The first of the two D quarters. */
    public String previousPeriod() {
        return AssessmentPeriod.parse(period).previous().toString();
    }
}
