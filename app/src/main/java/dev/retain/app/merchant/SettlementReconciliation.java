package dev.retain.app.merchant;

import java.util.List;

/**
 * A settlement checked against the points ledger and against its own lines before the operator approves it.
 *
 * <ul>
 * <li>{@code stated}: the totals frozen at the application; {@code recomputed}: the same figures computed again now
 *     from the lines' redemptions and the rules the settlement kept. Any difference, a point or a fen, is a
 *     problem.</li>
 * <li>{@code ledgerPoints}: what the points ledger's entries spent for the lines' redemptions (client keys in
 *     {@code merchant_redemption.ledger_key}), less what it spent for the refunded ones; it must equal
 *     {@code stated.points()}. {@code ledgerMissing}: lines whose redemption the ledger does not know;
 *     {@code refundsNotReversed}: refund lines whose redemption the ledger never reversed.</li>
 * <li>{@code categoriesDiffering}: categories whose stored figures differ from their recomputation;
 *     {@code receiptsDiffering}: lines whose points or value differ from their redemption's.</li>
 * <li>{@code refundedSince}, {@code refundedSinceValueFen}: redemptions of this settlement refunded after it was
 *     applied; not a problem: they are deducted as refund lines from the first month applied for after this
 *     settlement's approval.</li>
 * </ul>
 */
public record SettlementReconciliation(SettlementTotals stated, SettlementTotals recomputed, long ledgerPoints, int ledgerMissing,
                                       int refundsNotReversed, List<String> categoriesDiffering, List<String> receiptsDiffering,
                                       int refundedSince, long refundedSinceValueFen) {

    public SettlementReconciliation {
        categoriesDiffering = List.copyOf(categoriesDiffering);
        receiptsDiffering = List.copyOf(receiptsDiffering);
    }

    /** The statement's points less the ledger's. */
    public long pointsDifference() {
        return stated.points() - ledgerPoints;
    }

    public long valueDifferenceFen() {
        return stated.valueFen() - recomputed.valueFen();
    }

    public long feeDifferenceFen() {
        return stated.feeFen() - recomputed.feeFen();
    }

    public long payableDifferenceFen() {
        return stated.payableFen() - recomputed.payableFen();
    }

    /** Everything agrees to the point and the fen: the operator may approve. */
    public boolean balanced() {
        return pointsDifference() == 0 && stated.equals(recomputed) && ledgerMissing == 0 && refundsNotReversed == 0
                && categoriesDiffering.isEmpty() && receiptsDiffering.isEmpty();
    }
}
