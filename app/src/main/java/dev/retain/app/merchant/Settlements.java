package dev.retain.app.merchant;

import dev.retain.app.loyalty.PointsLedger;
import dev.retain.app.loyalty.RedeemedPoints;
import dev.retain.app.merchant.internal.SettlementStore;
import dev.retain.app.merchant.internal.SettlementStore.Candidate;
import dev.retain.app.merchant.internal.SettlementStore.StoredLine;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settlement with the partner merchants (SPEC R11.5; seed 002 §三.2(5) 商家结算申请、结算审核、结算费用计算).
 *
 * <p>The operator pays a merchant for what customers took there with points — the value of each redemption as
 * recorded at the counter — less the operator's fee that the merchant's contract sets ({@link SettlementFees}):
 * {@code payable = value − fee}. The merchant's admin applies for a closed month; the operator's admin reviews the
 * statement against the points ledger ({@link #reconcile}) and approves it or returns it with a reason; a returned
 * month may be applied for again.
 *
 * <ul>
 * <li>An application takes in the merchant's redemptions of the month (business time zone) that are not refunded and
 *     in no live settlement, and as refund lines (negative) the redemptions refunded before the month's end that an
 *     approved settlement had paid. A redemption refunded before its month's application is simply left out; one
 *     refunded after its settlement was applied is deducted from the first month applied for once that settlement is
 *     approved. The totals are computed and frozen then, with the contract's rules copied onto the settlement.</li>
 * <li>One live settlement per merchant and month, and one per redemption (and per refund): the merchant's
 *     applications take turns on a lock, and unique indexes stand behind it, so parallel applications make one.</li>
 * <li>A decision locks the settlement's row: a second approval, or a return after an approval, is refused.</li>
 * </ul>
 */
@Service
public class Settlements {

    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");
    private static final int LIST_LIMIT = 500;
    /** The audit log's actions of the operator's decisions. */
    public static final String APPROVED = "settlement_approved";
    public static final String RETURNED = "settlement_returned";

    private final SettlementStore store;
    private final SettlementContracts contracts;
    private final Merchants merchants;
    private final PointsLedger ledger;
    private final AuditLog audit;
    private final Clock clock;

    Settlements(SettlementStore store, SettlementContracts contracts, Merchants merchants, PointsLedger ledger, AuditLog audit, Clock clock) {
        this.store = store;
        this.contracts = contracts;
        this.merchants = merchants;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    /** The merchant's own settlements, newest month first (merchant staff). */
    public List<SettlementView> ofMyMerchant(RetainUser staff) {
        return store.ofMerchant(merchantOf(staff));
    }

    /** Settlements in {@code state} (applied, approved, returned; null: all), for the operator's admin. */
    public List<SettlementView> inState(RetainUser operator, String state) {
        operator(operator);
        if (state != null && !List.of("applied", "approved", "returned").contains(state)) state = null;
        return store.inState(state, LIST_LIMIT);
    }

    /**
     * The settlement with its figures and lines, if {@code who} may see it: merchant staff their own merchant's only
     * (another merchant's is empty, as an unknown id), the operator's admin every one.
     */
    public Optional<SettlementDetail> find(RetainUser who, long id) {
        Optional<SettlementView> view = store.find(id);
        if (view.isEmpty()) return Optional.empty();
        if (who.role().isMerchantStaff()) {
            if (who.merchantId() == null || view.get().merchantId() != who.merchantId()) return Optional.empty();
        } else {
            operator(who);
        }
        List<SettlementLine> lines = store.lines(id).stream().map(Settlements::line).toList();
        return Optional.of(new SettlementDetail(view.get(), store.categories(id), lines));
    }

    /** Closed months from the last twelve for which the merchant has no applied or approved settlement, newest first. */
    public List<String> periodsToApply(RetainUser staff) {
        List<String> live = store.livePeriods(merchantOf(staff));
        YearMonth current = YearMonth.now(clock);
        List<String> periods = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String p = current.minusMonths(i).toString();
            if (!live.contains(p)) periods.add(p);
        }
        return periods;
    }

    /** The merchant admin applies for {@code period} (YYYY-MM, a closed month): the statement is computed and frozen. */
    @Transactional
    public SettlementView apply(RetainUser by, String period) {
        long merchantId = merchantOf(by);
        if (by.role() != Role.MERCHANT_ADMIN) throw new AccessDeniedException("only the merchant's admin applies for settlement");
        YearMonth month = month(period);
        if (!month.isBefore(YearMonth.now(clock))) throw new MerchantRefused("merchant.settlement.error.open-period", month.toString());
        MerchantView merchant = merchants.get(merchantId);
        store.lockMerchant(merchantId);
        if (store.live(merchantId, month.toString()).isPresent()) {
            throw new MerchantRefused("merchant.settlement.error.already-applied", month.toString());
        }
        SettlementContract contract = contracts.find(merchantId)
                .orElseThrow(() -> new MerchantRefused("merchant.settlement.error.no-contract", merchant.name()));
        ZoneId zone = clock.getZone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<Candidate> redemptions = store.unsettled(merchantId, from, to);
        List<Candidate> refunds = store.refundsToSettle(merchantId, to);
        if (redemptions.isEmpty() && refunds.isEmpty()) throw new MerchantRefused("merchant.settlement.error.nothing", month.toString());

        List<Computed> lines = new ArrayList<>();
        for (Candidate c : redemptions) lines.add(computed(contract.rule(c.kind()), c, 1));
        for (Candidate c : refunds) lines.add(refund(contract.rule(c.kind()), c));
        List<SettlementCategoryTotals> categories = totals(lines, contract::rule);
        SettlementTotals total = categories.stream().map(SettlementCategoryTotals::totals).reduce(SettlementTotals.ZERO, SettlementTotals::plus);
        long id;
        try {
            id = store.insert(merchantId, month.toString(), contract.version(), by.username(), clock.instant(), total);
        } catch (DuplicateKeyException parallel) {
            throw new MerchantRefused("merchant.settlement.error.already-applied", month.toString());
        }
        for (SettlementCategoryTotals c : categories) store.insertCategory(id, c);
        for (Computed l : lines) store.insertLine(id, l.redemptionId, l.direction, l.category, l.points, l.valueFen, l.feeFen);
        return store.find(id).orElseThrow();
    }

    /**
     * The operator's admin approves an applied settlement; refused unless it reconciles to the point and the fen
     * ({@link #reconcile}). A second approval, or one after a return, is refused.
     */
    @Transactional
    public SettlementView approve(RetainUser by, long id) {
        operator(by);
        String state = store.lockState(id).orElseThrow(() -> new MerchantNotFound("settlement " + id));
        if (!"applied".equals(state)) throw new MerchantRefused("merchant.settlement.error.decided", state);
        SettlementReconciliation check = reconcile(by, id);
        if (!check.balanced()) throw new MerchantRefused("merchant.settlement.error.unreconciled", check.pointsDifference());
        store.approve(id, by.username(), clock.instant(), check.ledgerPoints());
        SettlementView approved = store.find(id).orElseThrow();
        audit.record(by, APPROVED, "settlement " + id, approved.merchantCode() + " " + approved.period() + " payable "
                + java.math.BigDecimal.valueOf(approved.totals().payableFen(), 2).toPlainString());
        return approved;
    }

    /** The operator's admin returns an applied settlement with a reason; the merchant may apply for the month again. */
    @Transactional
    public SettlementView returnToMerchant(RetainUser by, long id, String reason) {
        operator(by);
        String why = Merchants.trim(reason);
        if (why == null || why.length() > 500) throw new MerchantRefused("merchant.settlement.error.reason");
        String state = store.lockState(id).orElseThrow(() -> new MerchantNotFound("settlement " + id));
        if (!"applied".equals(state)) throw new MerchantRefused("merchant.settlement.error.decided", state);
        store.returnToMerchant(id, by.username(), clock.instant(), why);
        SettlementView returned = store.find(id).orElseThrow();
        audit.record(by, RETURNED, "settlement " + id, returned.merchantCode() + " " + returned.period() + ": " + why);
        return returned;
    }

    /**
     * The settlement checked against the points ledger and against its own lines and redemptions (the operator's
     * admin): see {@link SettlementReconciliation}.
     */
    @Transactional(readOnly = true)
    public SettlementReconciliation reconcile(RetainUser by, long id) {
        operator(by);
        SettlementView view = store.find(id).orElseThrow(() -> new MerchantNotFound("settlement " + id));
        List<SettlementCategoryTotals> stored = store.categories(id);
        Map<String, ContractRule> rules = new LinkedHashMap<>();
        for (SettlementCategoryTotals c : stored) rules.put(c.category(), c.rule());
        List<StoredLine> lines = store.lines(id);

        List<String> keysPaid = new ArrayList<>();
        List<String> keysRefunded = new ArrayList<>();
        List<String> receiptsDiffering = new ArrayList<>();
        List<Computed> again = new ArrayList<>();
        int refundedSince = 0;
        long refundedSinceValue = 0;
        for (StoredLine l : lines) {
            if (l.ledgerKey() != null) (l.direction() == 1 ? keysPaid : keysRefunded).add(l.ledgerKey());
            ContractRule rule = rules.getOrDefault(l.category(), ContractRule.free(l.category()));
            Candidate candidate = new Candidate(l.redemptionId(), l.category(), l.redemptionPoints(), l.redemptionValueFen());
            Computed c = l.direction() == 1 ? computed(rule, candidate, 1) : refund(rule, candidate);
            again.add(c);
            if (c.points != l.points() || c.valueFen != l.valueFen() || c.feeFen != l.feeFen()) receiptsDiffering.add(l.receiptNo());
            if (l.direction() == 1 && l.reversedAt() != null) {
                refundedSince++;
                refundedSinceValue += l.redemptionValueFen();
            }
        }
        List<SettlementCategoryTotals> recomputed = totals(again, c -> rules.getOrDefault(c, ContractRule.free(c)));
        List<String> categoriesDiffering = new ArrayList<>();
        for (SettlementCategoryTotals r : recomputed) {
            SettlementTotals s = stored.stream().filter(c -> c.category().equals(r.category())).map(SettlementCategoryTotals::totals)
                    .findFirst().orElse(null);
            if (!r.totals().equals(s)) categoriesDiffering.add(r.category());
        }
        SettlementTotals recomputedTotal = recomputed.stream().map(SettlementCategoryTotals::totals)
                .reduce(SettlementTotals.ZERO, SettlementTotals::plus);

        RedeemedPoints paid = ledger.redeemed(keysPaid);
        RedeemedPoints refunded = ledger.redeemed(keysRefunded);
        int missing = keysPaid.size() - paid.requests() + keysRefunded.size() - refunded.requests();
        int notReversed = refunded.requests() - refunded.reversed();
        long ledgerPoints = paid.points() - refunded.points();
        return new SettlementReconciliation(view.totals(), recomputedTotal, ledgerPoints, missing, notReversed, categoriesDiffering,
                receiptsDiffering, refundedSince, refundedSinceValue);
    }

    // ---- the arithmetic ---------------------------------------------------------------------------

    private record Computed(long redemptionId, int direction, String category, long points, long valueFen, long feeFen) {
    }

    /** A refund gives back the fee its paid line was charged (under that month's rule), else what the rule gives. */
    private Computed refund(ContractRule rule, Candidate c) {
        Computed byRule = computed(rule, c, -1);
        return store.paidFeeOf(c.redemptionId())
                .map(fee -> new Computed(byRule.redemptionId, -1, byRule.category, byRule.points, byRule.valueFen, -fee))
                .orElse(byRule);
    }

    private static Computed computed(ContractRule rule, Candidate c, int direction) {
        return new Computed(c.redemptionId(), direction, c.kind(), direction * c.points(), direction * c.valueFen(),
                SettlementFees.lineFee(rule, c.valueFen(), direction));
    }

    /** Every category's totals (in {@link SettlementFees#CATEGORIES}' order, with its rule) from the lines. */
    private static List<SettlementCategoryTotals> totals(List<Computed> lines, java.util.function.Function<String, ContractRule> rules) {
        List<SettlementCategoryTotals> out = new ArrayList<>();
        for (String category : SettlementFees.CATEGORIES) {
            ContractRule rule = rules.apply(category);
            long count = 0;
            long redemptions = 0;
            long points = 0;
            long value = 0;
            long lineFees = 0;
            for (Computed l : lines) {
                if (!l.category.equals(category)) continue;
                count += l.direction;
                if (l.direction == 1) redemptions++;
                points = Math.addExact(points, l.points);
                value = Math.addExact(value, l.valueFen);
                lineFees = Math.addExact(lineFees, l.feeFen);
            }
            long fee = SettlementFees.categoryFee(rule, lineFees, redemptions);
            out.add(new SettlementCategoryTotals(category, rule,
                    new SettlementTotals(count, points, value, lineFees, fee - lineFees, fee, Math.subtractExact(value, fee))));
        }
        return out;
    }

    private static SettlementLine line(StoredLine l) {
        return new SettlementLine(l.redemptionId(), l.receiptNo(), l.at(), l.category(), l.offerTitle(), PersonalData.maskMsisdn(l.msisdn()),
                l.clerk(), l.direction(), l.points(), l.valueFen(), l.feeFen(), l.reversedAt());
    }

    private static YearMonth month(String period) {
        String p = period == null ? "" : period.strip();
        if (!PERIOD.matcher(p).matches()) throw new MerchantRefused("merchant.settlement.error.period", String.valueOf(period));
        try {
            return YearMonth.parse(p);
        } catch (DateTimeParseException e) {
            throw new MerchantRefused("merchant.settlement.error.period", p);
        }
    }

    private static long merchantOf(RetainUser user) {
        if (user.merchantId() == null || !user.role().isMerchantStaff()) {
            throw new AccessDeniedException("a merchant's statements are its staff's");
        }
        return user.merchantId();
    }

    private static void operator(RetainUser user) {
        if (user.role() != Role.ADMIN) throw new AccessDeniedException("settlement review is the operator's admins'");
    }
}
