/**
 * The alliance points ledger (SPEC R11.2; issue 14): the balance of record of a subscriber's loyalty points.
 * Points come in lots (granted together, usable up to and including their expiry day) and every change is an
 * entry on a lot, so a balance is always the sum of its entries. {@link dev.retain.app.loyalty.PointsLedger} grants,
 * redeems (soonest-expiring lots first, never below zero), reverses a redemption and expires lots past their day;
 * each change is idempotent by the caller's client key. BOSS's points ({@code subscriber.points} of the imports)
 * are taken in after each import ({@code customer.ProvinceImported}): an opening lot for a subscriber the ledger
 * does not know yet, an adjustment (recorded in {@code points_reconciliation}) when BOSS's points changed and differ
 * from the ledger.
 */
package dev.retain.app.loyalty;
