package dev.retain.app.campaign.event;

import java.time.Instant;

/** An event with its totals over the pools: tickets, taken, and the customers waiting. */
public record VipEventView(long id, String title, VipEventKind kind, String venue, Instant startsAt, Instant claimsFrom, Instant claimsUntil,
                           String keyword, int perCustomerLimit, String state, int version, int tickets, int taken, int waiting) {

    public boolean open() {
        return "open".equals(state);
    }

    /** Open and inside the claim window at {@code now}. */
    public boolean takingClaims(Instant now) {
        return open() && !now.isBefore(claimsFrom) && now.isBefore(claimsUntil);
    }
}
