package dev.retain.app.merchant;

import dev.retain.app.merchant.internal.ContractStore;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merchants' settlement contracts (SPEC R11.5), kept by the operator's admin: per category a fee per redemption,
 * a share of value, and a monthly minimum and cap. Every save is a new version, appended to the contract's history;
 * a settlement keeps the rules it was computed with, so a change counts from the next application on.
 */
@Service
public class SettlementContracts {

    private static final long MAX_FEE_FEN = 100_000_000L;         // 1,000,000 yuan
    private static final long MAX_MONTHLY_FEN = 10_000_000_000L;  // 100,000,000 yuan

    private final ContractStore store;
    private final Merchants merchants;
    private final Clock clock;

    SettlementContracts(ContractStore store, Merchants merchants, Clock clock) {
        this.store = store;
        this.merchants = merchants;
        this.clock = clock;
    }

    public Optional<SettlementContract> find(long merchantId) {
        return store.find(merchantId);
    }

    /**
     * Saves the merchant's contract: {@code rules} name each category at most once (a category left out takes no
     * fee); {@code version}: the one the admin saw (0 for a first contract), so that a parallel change is not lost.
     */
    @Transactional
    public SettlementContract save(long merchantId, int version, String contractNo, List<ContractRule> rules, RetainUser by) {
        if (by.role() != Role.ADMIN) throw new AccessDeniedException("settlement contracts are the operator's admins'");
        MerchantView merchant = merchants.get(merchantId);
        if (merchant.deleted()) throw new MerchantRefused("merchant.error.deleted", merchant.code());
        List<ContractRule> checked = checked(rules);
        String no = Merchants.trim(contractNo);
        if (no != null && no.length() > 50) throw new MerchantRefused("merchant.settlement.error.contract-no");
        Instant now = clock.instant();
        Optional<Integer> current = store.lockVersion(merchantId);
        if (current.isEmpty()) {
            if (version != 0 || !store.insert(merchantId, no, by.username(), now)) {
                throw new MerchantRefused("merchant.settlement.error.contract-stale", merchant.code());
            }
        } else {
            if (current.get() != version) throw new MerchantRefused("merchant.settlement.error.contract-stale", merchant.code());
            store.update(merchantId, no, by.username(), now);
        }
        store.replaceRules(merchantId, checked);
        store.appendHistory(merchantId, by.username(), now);
        return store.find(merchantId).orElseThrow();
    }

    private static List<ContractRule> checked(List<ContractRule> rules) {
        Map<String, ContractRule> byCategory;
        try {
            byCategory = rules.stream().collect(Collectors.toMap(ContractRule::category, Function.identity()));
        } catch (IllegalStateException duplicate) {
            throw new MerchantRefused("merchant.settlement.error.category", "");
        }
        List<ContractRule> out = new ArrayList<>();
        for (ContractRule r : rules) {
            if (!SettlementFees.CATEGORIES.contains(r.category())) throw new MerchantRefused("merchant.settlement.error.category", r.category());
        }
        for (String category : SettlementFees.CATEGORIES) {
            ContractRule r = byCategory.getOrDefault(category, ContractRule.free(category));
            if (r.feePerRedemptionFen() < 0 || r.feePerRedemptionFen() > MAX_FEE_FEN) {
                throw new MerchantRefused("merchant.settlement.error.fee", category);
            }
            if (r.shareBp() < 0 || r.shareBp() > 10_000) throw new MerchantRefused("merchant.settlement.error.share", category);
            if (r.minimumFen() != null && (r.minimumFen() < 0 || r.minimumFen() > MAX_MONTHLY_FEN)
                    || r.capFen() != null && (r.capFen() < 0 || r.capFen() > MAX_MONTHLY_FEN)) {
                throw new MerchantRefused("merchant.settlement.error.monthly", category);
            }
            if (r.minimumFen() != null && r.capFen() != null && r.minimumFen() > r.capFen()) {
                throw new MerchantRefused("merchant.settlement.error.minimum-above-cap", category);
            }
            out.add(r);
        }
        return out;
    }
}
