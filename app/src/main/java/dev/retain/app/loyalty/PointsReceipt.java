package dev.retain.app.loyalty;

import java.time.Instant;
import java.util.List;

/**
 * What one change did. {@code kind}: grant, redeem, reverse or adjust. {@code points} is the change of the usable
 * balance, signed (negative for a spend); {@code balanceAfter} the usable balance right after it; {@code lots} the
 * change's entries, one per lot touched, summing to {@code points}. {@code replay} is true when the client key had
 * been used before: the receipt is then the first one's, unchanged.
 */
public record PointsReceipt(String clientKey, String msisdn, String kind, long points, long balanceAfter,
                            List<LotUse> lots, Instant at, boolean replay) {

    public PointsReceipt {
        lots = List.copyOf(lots);
    }
}
