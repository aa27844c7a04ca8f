package dev.retain.app.loyalty;

/**
 * What the ledger recorded for a set of redemptions, named by their client keys: {@code requests} redemptions found
 * (a key the ledger does not know, or one of another kind, is not counted), {@code points} they spent (positive: the
 * sum of their {@code redeem} entries, the balance of record), and how many of them have been {@code reversed}.
 */
public record RedeemedPoints(int requests, long points, int reversed) {
}
