package dev.retain.app.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.app.RetainWebTest;
import dev.retain.app.notify.sms.simulator.SmscSimulator;
import dev.retain.app.security.MerchantStaffLogins;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Settlement (SPEC R11.5) on the real database, with redemptions made at the real counter and spent from the real
 * points ledger: the fee by the contract to the fen, the reconciliation with the ledger that refuses a point's or a
 * fen's difference, refunds before and after the application, returns and re-applications, and parallel
 * applications and approvals. MSISDNs 137916000xx; merchant codes "ST…".
 */
@RetainWebTest
class SettlementTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired Merchants merchants;
    @Autowired MerchantOffers offers;
    @Autowired MerchantStaffLogins staff;
    @Autowired Counter counter;
    @Autowired Settlements settlements;
    @Autowired SettlementContracts contracts;
    @Autowired SmscSimulator simulator;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private int n;
    private SettlementFixture world;

    @BeforeEach
    void shop() {
        n = NEXT.incrementAndGet();
        world = new SettlementFixture(merchants, staff, counter, simulator, jdbc, clock, "ST" + n + "-" + (System.nanoTime() % 100000));
    }

    private String msisdn(int i) {
        return "137916" + String.format("%03d", n) + String.format("%02d", i);
    }

    private long offer(String title, String kind, long points, String yuan) {
        return offers.create(world.shop.id(), new OfferDraft(title, kind, points, new BigDecimal(yuan), LocalDate.now(clock).minusDays(1),
                LocalDate.now(clock).plusYears(1), null)).id();
    }

    private SettlementCategoryTotals category(SettlementDetail d, String category) {
        return d.categories().stream().filter(c -> c.category().equals(category)).findFirst().orElseThrow();
    }

    private SettlementDetail detail(long id) {
        return settlements.find(SettlementFixture.OPERATOR, id).orElseThrow();
    }

    @Test
    void aMonthIsSettledByTheContractToTheFenAndARefundAfterApprovalIsDeductedTheNextMonth() {
        world.contract(contracts);
        long tea = offer("双人下午茶", "redemption", 800, "45.00");
        long spa = offer("足疗体验", "experience", 0, "60.00");
        String token = world.customer(msisdn(1), 10_000);
        YearMonth twoAgo = world.monthsAgo(2);
        YearMonth lastMonth = world.monthsAgo(1);
        List<CounterReceipt> teas = new ArrayList<>();
        for (int i = 0; i < 3; i++) teas.add(world.offer(token, tea));
        CounterReceipt experience = world.offer(token, spa);
        CounterReceipt consumption = world.points(token, 250);
        CounterReceipt refundedEarly = world.offer(token, tea);
        world.refund(refundedEarly); // refunded before the application: left out
        for (CounterReceipt r : List.of(teas.get(0), teas.get(1), teas.get(2), experience, consumption, refundedEarly)) world.madeIn(r, twoAgo, 10);
        CounterReceipt next = world.offer(token, tea);
        world.madeIn(next, lastMonth, 3);

        SettlementView applied = settlements.apply(world.admin, twoAgo.toString());
        assertThat(applied.state()).isEqualTo("applied");
        SettlementDetail d = detail(applied.id());
        assertThat(d.lines()).hasSize(5).allMatch(l -> l.direction() == 1).noneMatch(l -> l.receiptNo().equals(refundedEarly.receiptNo()));
        // redemptions: 3 × (1.00 + 5% of 45.00 = 2.25) = 9.75 (between the month's minimum 5.00 and cap 200.00)
        assertThat(category(d, "redemption").totals()).isEqualTo(new SettlementTotals(3, 2_400, 13_500, 975, 0, 975, 12_525));
        assertThat(category(d, "experience").totals()).isEqualTo(new SettlementTotals(1, 0, 6_000, 200, 0, 200, 5_800));
        // consumption: 250 points at 1 fen, 3% = 7.5 fen, rounded half up to 8
        assertThat(category(d, "consumption").totals()).isEqualTo(new SettlementTotals(1, 250, 250, 8, 0, 8, 242));
        assertThat(applied.totals()).isEqualTo(new SettlementTotals(5, 2_650, 19_750, 1_183, 0, 1_183, 18_567));

        SettlementReconciliation check = settlements.reconcile(SettlementFixture.OPERATOR, applied.id());
        assertThat(check.balanced()).isTrue();
        assertThat(check.ledgerPoints()).isEqualTo(2_650);
        SettlementView approved = settlements.approve(SettlementFixture.OPERATOR, applied.id());
        assertThat(approved.state()).isEqualTo("approved");
        assertThat(approved.ledgerPoints()).isEqualTo(2_650);
        assertThat(approved.decidedBy()).isEqualTo(SettlementFixture.OPERATOR.username());
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'settlement_approved' and subject = ?")
                .param("settlement " + applied.id()).query(Long.class).single()).as("the decision is in the audit log").isEqualTo(1);
        assertThatThrownBy(() -> settlements.approve(SettlementFixture.OPERATOR, applied.id()))
                .isInstanceOfSatisfying(MerchantRefused.class, e -> assertThat(e.code()).isEqualTo("merchant.settlement.error.decided"));
        assertThatThrownBy(() -> settlements.returnToMerchant(SettlementFixture.OPERATOR, applied.id(), "晚了"))
                .isInstanceOf(MerchantRefused.class);
        assertThatThrownBy(() -> settlements.apply(world.admin, twoAgo.toString()))
                .isInstanceOfSatisfying(MerchantRefused.class, e -> assertThat(e.code()).isEqualTo("merchant.settlement.error.already-applied"));

        // a tea paid by the approved settlement is refunded last month: a negative line of last month's settlement
        world.refund(teas.get(1));
        world.refundedIn(teas.get(1), lastMonth, 20);
        SettlementView second = settlements.apply(world.admin, lastMonth.toString());
        SettlementDetail d2 = detail(second.id());
        assertThat(d2.lines()).extracting(SettlementLine::receiptNo, SettlementLine::direction, SettlementLine::points, SettlementLine::valueFen,
                SettlementLine::feeFen).containsExactly(
                org.assertj.core.groups.Tuple.tuple(next.receiptNo(), 1, 800L, 4_500L, 325L),
                org.assertj.core.groups.Tuple.tuple(teas.get(1).receiptNo(), -1, -800L, -4_500L, -325L));
        // one redemption less one refund: the lines' fees cancel, and the month's minimum of 5.00 applies (it had a redemption)
        assertThat(category(d2, "redemption").totals()).isEqualTo(new SettlementTotals(0, 0, 0, 0, 500, 500, -500));
        assertThat(second.totals()).isEqualTo(new SettlementTotals(0, 0, 0, 0, 500, 500, -500));
        SettlementReconciliation check2 = settlements.reconcile(SettlementFixture.OPERATOR, second.id());
        assertThat(check2.balanced()).isTrue();
        assertThat(check2.ledgerPoints()).isZero();
        assertThat(settlements.approve(SettlementFixture.OPERATOR, second.id()).state()).isEqualTo("approved");
        // the refund is deducted once: nothing is left to settle for that month's refunds
        assertThat(jdbc.sql("select count(*) from merchant_settlement_line where redemption_id = (select id from merchant_redemption where receipt_no = ?)")
                .param(teas.get(1).receiptNo()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aRefundAfterTheApplicationIsShownAtReviewAndDeductedOnlyOnceTheSettlementIsApproved() {
        world.contract(contracts);
        long tea = offer("咖啡券", "redemption", 300, "20.00");
        String token = world.customer(msisdn(1), 5_000);
        YearMonth threeAgo = world.monthsAgo(3);
        YearMonth twoAgo = world.monthsAgo(2);
        YearMonth lastMonth = world.monthsAgo(1);
        CounterReceipt a = world.offer(token, tea);
        CounterReceipt b = world.offer(token, tea);
        world.madeIn(a, threeAgo, 5);
        world.madeIn(b, threeAgo, 6);
        CounterReceipt c = world.offer(token, tea);
        world.madeIn(c, twoAgo, 7);
        SettlementView first = settlements.apply(world.admin, threeAgo.toString());
        world.refund(b);
        world.refundedIn(b, twoAgo, 9);

        SettlementReconciliation check = settlements.reconcile(SettlementFixture.OPERATOR, first.id());
        assertThat(check.refundedSince()).isEqualTo(1);
        assertThat(check.refundedSinceValueFen()).isEqualTo(2_000);
        assertThat(check.balanced()).as("the ledger still spent what the statement says").isTrue();
        assertThat(detail(first.id()).lines()).filteredOn(l -> l.refundedAt() != null).extracting(SettlementLine::receiptNo)
                .containsExactly(b.receiptNo());

        // while the first is only applied, the next month does not deduct the refund yet
        SettlementView second = settlements.apply(world.admin, twoAgo.toString());
        assertThat(detail(second.id()).lines()).extracting(SettlementLine::receiptNo).containsExactly(c.receiptNo());
        settlements.approve(SettlementFixture.OPERATOR, first.id());
        // once it is approved, the first month applied for deducts it
        CounterReceipt d = world.offer(token, tea);
        world.madeIn(d, lastMonth, 2);
        SettlementView third = settlements.apply(world.admin, lastMonth.toString());
        assertThat(detail(third.id()).lines()).extracting(SettlementLine::receiptNo, SettlementLine::direction)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(d.receiptNo(), 1), org.assertj.core.groups.Tuple.tuple(b.receiptNo(), -1));
        assertThat(settlements.reconcile(SettlementFixture.OPERATOR, third.id()).balanced()).isTrue();
    }

    @Test
    void aPointOrAFenOfDifferenceIsReportedAndRefusesTheApproval() {
        world.contract(contracts);
        long tea = offer("电影票", "redemption", 500, "38.50");
        String token = world.customer(msisdn(1), 5_000);
        YearMonth twoAgo = world.monthsAgo(2);
        YearMonth lastMonth = world.monthsAgo(1);
        CounterReceipt a = world.offer(token, tea);
        world.madeIn(a, twoAgo, 11);
        CounterReceipt b = world.offer(token, tea);
        world.madeIn(b, lastMonth, 12);

        // one point more on the statement than the ledger spent (its lines and totals agreeing with each other)
        SettlementView s = settlements.apply(world.admin, twoAgo.toString());
        jdbc.sql("update merchant_settlement_line set points = points + 1 where settlement_id = ?").param(s.id()).update();
        jdbc.sql("update merchant_settlement_category set points = points + 1 where settlement_id = ? and category = 'redemption'").param(s.id()).update();
        jdbc.sql("update merchant_settlement set points = points + 1 where id = ?").param(s.id()).update();
        SettlementReconciliation check = settlements.reconcile(SettlementFixture.OPERATOR, s.id());
        assertThat(check.pointsDifference()).isEqualTo(1);
        assertThat(check.balanced()).isFalse();
        assertThatThrownBy(() -> settlements.approve(SettlementFixture.OPERATOR, s.id()))
                .isInstanceOfSatisfying(MerchantRefused.class, e -> assertThat(e.code()).isEqualTo("merchant.settlement.error.unreconciled"));
        assertThat(detail(s.id()).settlement().state()).isEqualTo("applied");
        settlements.returnToMerchant(SettlementFixture.OPERATOR, s.id(), "积分与账本不符");

        // one fen more on the statement than the redemption's value, totals in step: the recomputation finds it
        SettlementView t = settlements.apply(world.admin, lastMonth.toString());
        jdbc.sql("update merchant_settlement_line set value_fen = value_fen + 1 where settlement_id = ?").param(t.id()).update();
        jdbc.sql("""
                update merchant_settlement_category set value_fen = value_fen + 1, payable_fen = payable_fen + 1
                where settlement_id = ? and category = 'redemption'""").param(t.id()).update();
        jdbc.sql("update merchant_settlement set value_fen = value_fen + 1, payable_fen = payable_fen + 1 where id = ?").param(t.id()).update();
        SettlementReconciliation fen = settlements.reconcile(SettlementFixture.OPERATOR, t.id());
        assertThat(fen.pointsDifference()).isZero();
        assertThat(fen.valueDifferenceFen()).isEqualTo(1);
        assertThat(fen.payableDifferenceFen()).isEqualTo(1);
        assertThat(fen.receiptsDiffering()).containsExactly(b.receiptNo());
        assertThat(fen.balanced()).isFalse();
        assertThatThrownBy(() -> settlements.approve(SettlementFixture.OPERATOR, t.id())).isInstanceOf(MerchantRefused.class);

        // and a total a fen off its categories alone
        jdbc.sql("update merchant_settlement_line set value_fen = value_fen - 1 where settlement_id = ?").param(t.id()).update();
        jdbc.sql("""
                update merchant_settlement_category set value_fen = value_fen - 1, payable_fen = payable_fen - 1
                where settlement_id = ? and category = 'redemption'""").param(t.id()).update();
        assertThat(settlements.reconcile(SettlementFixture.OPERATOR, t.id()).balanced()).isFalse();
        jdbc.sql("update merchant_settlement set value_fen = value_fen - 1, payable_fen = payable_fen - 1 where id = ?").param(t.id()).update();
        assertThat(settlements.reconcile(SettlementFixture.OPERATOR, t.id()).balanced()).as("all planted fen taken back").isTrue();
    }

    @Test
    void aReturnedMonthIsAppliedForAgainWithTheSameRedemptions() {
        world.contract(contracts);
        long tea = offer("洗车", "redemption", 200, "30.00");
        String token = world.customer(msisdn(1), 2_000);
        YearMonth month = world.monthsAgo(1);
        CounterReceipt a = world.offer(token, tea);
        CounterReceipt b = world.offer(token, tea);
        world.madeIn(a, month, 1);
        world.madeIn(b, month, 28);
        SettlementView first = settlements.apply(world.admin, month.toString());
        assertThatThrownBy(() -> settlements.returnToMerchant(SettlementFixture.OPERATOR, first.id(), "  "))
                .isInstanceOfSatisfying(MerchantRefused.class, e -> assertThat(e.code()).isEqualTo("merchant.settlement.error.reason"));
        SettlementView returned = settlements.returnToMerchant(SettlementFixture.OPERATOR, first.id(), "请核对 3 日的洗车单");
        assertThat(returned.state()).isEqualTo("returned");
        assertThat(returned.returnReason()).isEqualTo("请核对 3 日的洗车单");
        assertThatThrownBy(() -> settlements.approve(SettlementFixture.OPERATOR, first.id())).isInstanceOf(MerchantRefused.class);

        SettlementView again = settlements.apply(world.admin, month.toString());
        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(detail(again.id()).lines()).extracting(SettlementLine::receiptNo).containsExactly(a.receiptNo(), b.receiptNo());
        assertThat(detail(first.id()).lines()).as("the returned statement keeps its lines").hasSize(2);
        assertThat(settlements.ofMyMerchant(world.admin)).extracting(SettlementView::state).containsExactly("applied", "returned");
        assertThat(settlements.approve(SettlementFixture.OPERATOR, again.id()).totals().payableFen()).isEqualTo(2 * (3_000 - 250));
    }

    @Test
    void parallelApplicationsMakeOneSettlementAndParallelApprovalsApproveOnce() throws Exception {
        world.contract(contracts);
        long tea = offer("健身体验课", "redemption", 100, "10.00");
        String token = world.customer(msisdn(1), 5_000);
        YearMonth month = world.monthsAgo(1);
        for (int i = 0; i < 6; i++) world.madeIn(world.offer(token, tea), month, 1 + i);

        List<Object> applied = race(8, () -> settlements.apply(world.admin, month.toString()));
        List<SettlementView> made = applied.stream().filter(SettlementView.class::isInstance).map(SettlementView.class::cast).toList();
        assertThat(made).hasSize(1);
        assertThat(applied).filteredOn(MerchantRefused.class::isInstance).hasSize(7)
                .allMatch(e -> ((MerchantRefused) e).code().equals("merchant.settlement.error.already-applied"));
        assertThat(jdbc.sql("select count(*) from merchant_settlement where merchant_id = ?").param(world.shop.id()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from merchant_settlement_line where settlement_id = ?").param(made.get(0).id()).query(Long.class)
                .single()).isEqualTo(6);

        long id = made.get(0).id();
        List<Object> approvals = race(6, () -> settlements.approve(SettlementFixture.OPERATOR, id));
        assertThat(approvals).filteredOn(SettlementView.class::isInstance).hasSize(1);
        assertThat(approvals).filteredOn(MerchantRefused.class::isInstance).hasSize(5)
                .allMatch(e -> ((MerchantRefused) e).code().equals("merchant.settlement.error.decided"));
    }

    @Test
    void onlyAClosedMonthWithAContractAndSomethingToSettleAndOnlyTheMerchantsAdmin() {
        YearMonth lastMonth = world.monthsAgo(1);
        assertThatThrownBy(() -> settlements.apply(world.admin, lastMonth.toString()))
                .isInstanceOfSatisfying(MerchantRefused.class, e -> assertThat(e.code()).isEqualTo("merchant.settlement.error.no-contract"));
        world.contract(contracts);
        assertThatThrownBy(() -> settlements.apply(world.admin, YearMonth.now(clock).toString()))
                .isInstanceOfSatisfying(MerchantRefused.class, e -> assertThat(e.code()).isEqualTo("merchant.settlement.error.open-period"));
        assertThatThrownBy(() -> settlements.apply(world.admin, "2026-13"))
                .isInstanceOfSatisfying(MerchantRefused.class, e -> assertThat(e.code()).isEqualTo("merchant.settlement.error.period"));
        assertThatThrownBy(() -> settlements.apply(world.admin, lastMonth.toString()))
                .isInstanceOfSatisfying(MerchantRefused.class, e -> assertThat(e.code()).isEqualTo("merchant.settlement.error.nothing"));
        assertThatThrownBy(() -> settlements.apply(world.clerk, lastMonth.toString())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settlements.apply(SettlementFixture.OPERATOR, lastMonth.toString())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settlements.inState(world.admin, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(settlements.periodsToApply(world.admin)).hasSize(12).first().isEqualTo(lastMonth.toString());

        // the contract's own checks, and a stale version
        assertThatThrownBy(() -> contracts.save(world.shop.id(), 1, null, List.of(new ContractRule("redemption", 0, 10_001, null, null)),
                SettlementFixture.OPERATOR)).isInstanceOfSatisfying(MerchantRefused.class, e -> assertThat(e.code()).isEqualTo("merchant.settlement.error.share"));
        assertThatThrownBy(() -> contracts.save(world.shop.id(), 1, null, List.of(new ContractRule("redemption", 0, 0, 500L, 100L)),
                SettlementFixture.OPERATOR)).isInstanceOfSatisfying(MerchantRefused.class,
                e -> assertThat(e.code()).isEqualTo("merchant.settlement.error.minimum-above-cap"));
        assertThatThrownBy(() -> contracts.save(world.shop.id(), 0, null, List.of(), SettlementFixture.OPERATOR))
                .isInstanceOfSatisfying(MerchantRefused.class, e -> assertThat(e.code()).isEqualTo("merchant.settlement.error.contract-stale"));
        SettlementContract v2 = contracts.save(world.shop.id(), 1, "HT-2", List.of(new ContractRule("consumption", 1, 2, 3L, 4L)),
                SettlementFixture.OPERATOR);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.rules()).hasSize(3);
        assertThat(v2.rule("redemption")).isEqualTo(ContractRule.free("redemption"));
        assertThat(jdbc.sql("select count(*) from merchant_contract_history where merchant_id = ?").param(world.shop.id()).query(Long.class).single())
                .isEqualTo(2);
        assertThatThrownBy(() -> contracts.save(world.shop.id(), 2, null, List.of(), world.admin)).isInstanceOf(AccessDeniedException.class);
    }

    /** Runs {@code action} on {@code threads} threads released at once; each result or exception, in no order. */
    private static List<Object> race(int threads, Callable<Object> action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return action.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) results.add(f.get());
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
