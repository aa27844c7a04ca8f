package dev.retain.app.merchant;

import dev.retain.app.security.MerchantStaffLogins;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A merchant made as the operator's admin makes one, online, with a merchant admin and a clerk login, and the
 * customers a test needs (subscribers as an import leaves them, with points BOSS gave). Codes and usernames carry the
 * test's own prefix, so tests sharing the database never meet.
 */
public final class MerchantFixture {

    public static final String PASSWORD = "merchant-password-1";
    private static final RetainUser OPERATOR_ADMIN = new RetainUser("t-admin", "测试管理员", Role.ADMIN, null);

    /** A merchant with its two logins; {@code admin()} and {@code clerk()} are usernames. */
    public record Made(long id, String code, String admin, String clerk) {
    }

    private MerchantFixture() {
    }

    public static Made merchant(Merchants merchants, MerchantStaffLogins staff, String code) {
        MerchantView m = merchants.create(new MerchantDraft(code, "测试商家" + code, "leisure", "hangzhou", "王经理", "0571-88886666"),
                OPERATOR_ADMIN);
        merchants.setOnline(m.id(), m.version(), true, OPERATOR_ADMIN);
        String prefix = code.toLowerCase();
        staff.create(m.id(), prefix + "-admin", PASSWORD, "商家管理员" + code, Role.MERCHANT_ADMIN, OPERATOR_ADMIN);
        staff.create(m.id(), prefix + "-clerk", PASSWORD, "店员" + code, Role.MERCHANT_CLERK, OPERATOR_ADMIN);
        return new Made(m.id(), code, prefix + "-admin", prefix + "-clerk");
    }

    /**
     * The merchant of {@code code} made by an earlier test of the same database, or a new one: test classes sharing a
     * context (and its database) may each ask for it, and every test method of a class may too.
     */
    public static synchronized Made merchantOnce(Merchants merchants, MerchantStaffLogins staff, String code) {
        String prefix = code.toLowerCase();
        return merchants.list(true).stream().filter(m -> m.code().equals(code)).findFirst()
                .map(m -> new Made(m.id(), code, prefix + "-admin", prefix + "-clerk"))
                .orElseGet(() -> merchant(merchants, staff, code));
    }

    /** The operator's admin as the services take it, for changes a test makes without a page. */
    public static RetainUser operatorAdmin() {
        return OPERATOR_ADMIN;
    }

    /** A merchant staff login as the services take it (what {@code CurrentUser} gives on its requests). */
    public static RetainUser staff(Made merchant, String username, Role role) {
        return new RetainUser(username, username, role, null, merchant.id());
    }

    public static OfferView offer(MerchantOffers offers, long merchantId, String title, String kind, long points, Integer quota) {
        return offers.create(merchantId, new OfferDraft(title, kind, points, new BigDecimal("30.00"), LocalDate.now().minusDays(30),
                LocalDate.now().plusDays(365), quota));
    }

    /**
     * {@code count} redemptions at the merchant's counter now, as the counter leaves them (one receipt each, the
     * ledger request named but not spent: the assessment counts the rows), {@code refunded} of them refunded.
     */
    public static void redemptions(JdbcClient jdbc, long merchantId, String msisdn, int count, int refunded) {
        for (int i = 0; i < count; i++) {
            String key = "fixture-" + merchantId + "-" + System.nanoTime() + "-" + i;
            jdbc.sql("""
                            insert into merchant_redemption (merchant_id, idempotency_key, receipt_no, clerk, msisdn, kind, points, value_fen,
                                ledger_key, balance_after, at, reversed_at, reversed_by)
                            values (?, ?, ?, 'fixture-clerk', ?, 'consumption', 10, 10, ?, 0, now(),
                                    case when ? then now() end, case when ? then 'fixture-clerk' end)""")
                    .params(merchantId, key, key, msisdn, "merchant-" + key, i < refunded, i < refunded).update();
        }
    }

    /** A subscriber whose import gave {@code points} (no expiry), and optionally a tier. */
    public static void customer(JdbcClient jdbc, String msisdn, long points, String tier) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date, points, points_expiry, tier)
                        values (?, ?, '柜台客户', 'hangzhou', 'gotone', date '2015-01-01', ?, null, ?) on conflict do nothing""")
                .params(msisdn, msisdn, points, tier).update();
    }
}
