package dev.retain.app.loyalty;

import java.util.List;

/**
 * A subscriber's usable points on a day: {@code balance} is the sum of the {@code lots}' remaining points, the lots
 * with points left that have not expired, soonest expiry first (then the oldest lot).
 */
public record PointsBalance(String msisdn, long balance, List<PointsLot> lots) {

    public PointsBalance {
        lots = List.copyOf(lots);
    }
}
