package dev.retain.app.merchant;

import java.time.Instant;
import java.util.List;

/** A merchant's settlement contract as saved: one {@link ContractRule} per category, in {@link SettlementFees#CATEGORIES}' order. */
public record SettlementContract(long merchantId, String contractNo, int version, Instant updatedAt, String updatedBy,
                                 List<ContractRule> rules) {

    public SettlementContract {
        rules = List.copyOf(rules);
    }

    /** The rule of {@code category} (a category the contract does not name takes no fee). */
    public ContractRule rule(String category) {
        return rules.stream().filter(r -> r.category().equals(category)).findFirst().orElse(ContractRule.free(category));
    }
}
