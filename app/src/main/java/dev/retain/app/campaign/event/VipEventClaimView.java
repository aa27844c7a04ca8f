package dev.retain.app.campaign.event;

import java.time.Instant;

/** A claim as stored; the number is the canonical MSISDN (mask it before showing it). */
public record VipEventClaimView(long id, long eventId, Long poolId, String msisdn, VipEventClaimChannel channel, String sourceRef, String state,
                                Instant createdAt, String createdBy, Instant waitingSince, Instant claimedAt, Instant cancelledAt,
                                String cancelledBy) {

    public boolean claimed() {
        return "claimed".equals(state);
    }

    public boolean waiting() {
        return "waiting".equals(state);
    }
}
