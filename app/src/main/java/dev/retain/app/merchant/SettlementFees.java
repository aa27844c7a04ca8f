package dev.retain.app.merchant;

import java.util.List;

/**
 * The fee arithmetic of a settlement, in whole fen (never floating point), as a pure function of the contract's rule.
 *
 * <ul>
 * <li>A line's fee: the rule's fee per redemption plus its share of the line's value, {@code value × bp / 10000}
 *     rounded half up to the fen, on each line (so the lines add up to the statement exactly). A refund's line
 *     (direction -1) gives back the fee its redemption was charged at the same rule: the negative of the same
 *     computation.</li>
 * <li>A category's fee for the month: the sum of its lines' fees, at most the cap, and at least the minimum when
 *     the month has at least one redemption of the category (a month with none, or only refunds, pays no minimum).
 *     The difference to the lines' sum is the category's adjustment.</li>
 * <li>Payable: value less fee, per category and in all; what the operator pays the merchant (negative: what the
 *     merchant owes the operator).</li>
 * </ul>
 */
public final class SettlementFees {

    /** The categories of a settlement, as {@code merchant_redemption.kind} names them, in the order statements show them. */
    public static final List<String> CATEGORIES = List.of("redemption", "experience", "consumption");

    private SettlementFees() {
    }

    /** The fee of one line of {@code valueFen} (≥ 0) in {@code direction} 1 (a redemption) or -1 (its refund). */
    public static long lineFee(ContractRule rule, long valueFen, int direction) {
        if (valueFen < 0) throw new IllegalArgumentException("valueFen must not be negative: " + valueFen);
        if (direction != 1 && direction != -1) throw new IllegalArgumentException("direction must be 1 or -1: " + direction);
        long share = Math.addExact(Math.multiplyExact(valueFen, (long) rule.shareBp()), 5_000) / 10_000;
        return direction * Math.addExact(rule.feePerRedemptionFen(), share);
    }

    /** The category's fee for the month from its lines' fees; {@code redemptions}: its lines of direction 1. */
    public static long categoryFee(ContractRule rule, long lineFees, long redemptions) {
        long fee = lineFees;
        if (rule.capFen() != null && fee > rule.capFen()) fee = rule.capFen();
        if (rule.minimumFen() != null && redemptions > 0 && fee < rule.minimumFen()) fee = rule.minimumFen();
        return fee;
    }
}
