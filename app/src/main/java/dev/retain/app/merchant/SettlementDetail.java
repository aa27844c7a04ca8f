package dev.retain.app.merchant;

import java.util.List;

/** A settlement with its figures per category (every category, in {@link SettlementFees#CATEGORIES}' order) and its lines. */
public record SettlementDetail(SettlementView settlement, List<SettlementCategoryTotals> categories, List<SettlementLine> lines) {

    public SettlementDetail {
        categories = List.copyOf(categories);
        lines = List.copyOf(lines);
    }
}
