package dev.retain.app.merchant;

import dev.retain.app.loyalty.PointsLot;
import java.util.List;

/**
 * The verified customer as the counter sees them: number masked, tier, usable points and their lots (soonest expiry
 * first), and the experiences left this year (null: no limit).
 */
public record CounterCustomer(String maskedMsisdn, String tier, long balance, List<PointsLot> lots, Integer experiencesLeft) {
}
