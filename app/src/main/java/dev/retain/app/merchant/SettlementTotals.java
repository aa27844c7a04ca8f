package dev.retain.app.merchant;

/**
 * A settlement's figures, overall or for one category. {@code count}: redemptions less refunds; {@code points},
 * {@code valueFen}: what customers took with points (signed, refunds negative); {@code lineFeeFen}: the lines' fees;
 * {@code adjustmentFen}: the minimum or cap of the month ({@code feeFen - lineFeeFen}); {@code feeFen}: the operator's
 * fee; {@code payableFen = valueFen - feeFen}: what the operator pays the merchant. Money in fen.
 */
public record SettlementTotals(long count, long points, long valueFen, long lineFeeFen, long adjustmentFen, long feeFen, long payableFen) {

    public static final SettlementTotals ZERO = new SettlementTotals(0, 0, 0, 0, 0, 0, 0);

    public SettlementTotals plus(SettlementTotals o) {
        return new SettlementTotals(count + o.count, Math.addExact(points, o.points), Math.addExact(valueFen, o.valueFen),
                Math.addExact(lineFeeFen, o.lineFeeFen), Math.addExact(adjustmentFen, o.adjustmentFen), Math.addExact(feeFen, o.feeFen),
                Math.addExact(payableFen, o.payableFen));
    }
}
