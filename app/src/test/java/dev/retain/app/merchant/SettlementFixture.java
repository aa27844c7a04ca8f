package dev.retain.app.merchant;

import dev.retain.app.notify.sms.simulator.SmscSimulator;
import dev.retain.app.security.MerchantStaffLogins;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Settlements' test world: a merchant (made as {@link MerchantFixture} makes one) with a contract, its staff as
 * users, customers verified at its counter by the code their handset received, redemptions made through the real
 * {@link Counter}; and, since the shared test clock cannot be moved, the month a redemption or a refund happened in
 * set afterwards (a test statement on merchant_redemption's {@code at} / {@code reversed_at}).
 */
final class SettlementFixture {

    private static final AtomicLong KEYS = new AtomicLong();
    static final RetainUser OPERATOR = new RetainUser("t-admin", "测试管理员", Role.ADMIN, null);

    final MerchantFixture.Made shop;
    final RetainUser admin;
    final RetainUser clerk;
    private final Counter counter;
    private final SmscSimulator simulator;
    private final JdbcClient jdbc;
    private final Clock clock;

    SettlementFixture(Merchants merchants, MerchantStaffLogins staff, Counter counter, SmscSimulator simulator, JdbcClient jdbc, Clock clock,
                      String code) {
        this.shop = MerchantFixture.merchant(merchants, staff, code);
        this.admin = new RetainUser(shop.admin(), "商家管理员", Role.MERCHANT_ADMIN, null, shop.id());
        this.clerk = new RetainUser(shop.clerk(), "店员", Role.MERCHANT_CLERK, null, shop.id());
        this.counter = counter;
        this.simulator = simulator;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The contract: redemptions 1.00 yuan each + 5%, a month at least 5.00 and at most 200.00; experiences 2.00 each; consumption 3%. */
    SettlementContract contract(SettlementContracts contracts) {
        return contracts.save(shop.id(), 0, "HT-" + shop.code(), List.of(
                new ContractRule("redemption", 100, 500, 500L, 20_000L),
                new ContractRule("experience", 200, 0, null, null),
                new ContractRule("consumption", 0, 300, null, null)), OPERATOR);
    }

    /** A customer with {@code points} from BOSS, verified at the counter: the token. */
    String customer(String msisdn, long points) {
        MerchantFixture.customer(jdbc, msisdn, points, "gold");
        long mark = CounterCodes.mark(simulator);
        CounterVerification v = counter.sendCode(clerk, msisdn);
        return counter.checkCode(clerk, v.id(), CounterCodes.codeSentTo(simulator, msisdn, mark)).token();
    }

    CounterReceipt offer(String token, long offerId) {
        return counter.redeem(clerk, "st-" + KEYS.incrementAndGet(), token, offerId, null);
    }

    CounterReceipt points(String token, long points) {
        return counter.redeem(clerk, "st-" + KEYS.incrementAndGet(), token, null, points);
    }

    CounterReceipt refund(CounterReceipt r) {
        return counter.reverse(clerk, r.receiptNo());
    }

    /** The redemption was made on {@code day} of {@code month}, at noon in the business zone. */
    void madeIn(CounterReceipt r, YearMonth month, int day) {
        jdbc.sql("update merchant_redemption set at = ? where receipt_no = ?").params(noon(month, day), r.receiptNo()).update();
    }

    /** The redemption was refunded on {@code day} of {@code month}. */
    void refundedIn(CounterReceipt r, YearMonth month, int day) {
        jdbc.sql("update merchant_redemption set reversed_at = ? where receipt_no = ?").params(noon(month, day), r.receiptNo()).update();
    }

    YearMonth monthsAgo(int n) {
        return YearMonth.now(clock).minusMonths(n);
    }

    private Timestamp noon(YearMonth month, int day) {
        return Timestamp.from(month.atDay(day).atTime(12, 0).atZone(clock.getZone()).toInstant());
    }
}
