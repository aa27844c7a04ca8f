package dev.retain.app.merchant;

import java.time.Instant;

/**
 * A merchant's settlement of one month ({@code period}, YYYY-MM): {@code state} applied, approved or returned (with
 * {@code returnReason}); who applied and when, who decided and when; the totals frozen at the application, and
 * {@code ledgerPoints}, the points ledger's figure the approval was reconciled with.
 */
public record SettlementView(long id, long merchantId, String merchantCode, String merchantName, String period, String state,
                             int contractVersion, Instant appliedAt, String appliedBy, Instant decidedAt, String decidedBy,
                             String returnReason, SettlementTotals totals, Long ledgerPoints) {

    public boolean applied() {
        return "applied".equals(state);
    }

    public boolean approved() {
        return "approved".equals(state);
    }

    public boolean returned() {
        return "returned".equals(state);
    }
}
