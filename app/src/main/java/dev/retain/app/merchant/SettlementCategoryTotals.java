package dev.retain.app.merchant;

/** A settlement's figures for one category, with the contract's rule they were computed by. */
public record SettlementCategoryTotals(String category, ContractRule rule, SettlementTotals totals) {
}
