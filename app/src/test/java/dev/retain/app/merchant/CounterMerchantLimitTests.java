package dev.retain.app.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.app.RetainWebTest;
import dev.retain.app.loyalty.PointsLedger;
import dev.retain.app.merchant.internal.CounterCustomersReadModel;
import dev.retain.app.merchant.internal.CounterSettings;
import dev.retain.app.merchant.internal.ExperienceLimitStore;
import dev.retain.app.merchant.internal.OfferStore;
import dev.retain.app.merchant.internal.RedemptionStore;
import dev.retain.app.merchant.internal.VerificationStore;
import dev.retain.app.notify.Outbox;
import dev.retain.app.security.MerchantStaffLogins;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The merchant's hourly allowance of codes counts all its logins and tills together: more clerks do not mean more
 * codes. A counter with an allowance of 2 a merchant (the default is 300). MSISDNs 1379153xxxx, merchant codes "CL…".
 */
@RetainWebTest
class CounterMerchantLimitTests {

    @Autowired Merchants merchants;
    @Autowired MerchantStaffLogins staff;
    @Autowired VerificationStore verifications;
    @Autowired RedemptionStore redemptions;
    @Autowired OfferStore offers;
    @Autowired ExperienceLimitStore limits;
    @Autowired CounterCustomersReadModel customers;
    @Autowired PointsLedger ledger;
    @Autowired Outbox outbox;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void threeLoginsOfOneMerchantShareItsHourlyCodes() {
        Counter counter = new Counter(merchants, verifications, redemptions, offers, limits, customers, ledger, outbox,
                new CounterSettings(5, 5, 5, 60, 10, 1, 2), clock);
        MerchantFixture.Made shop = MerchantFixture.merchant(merchants, staff, "CL-" + (System.nanoTime() % 100000));
        MerchantFixture.Made other = MerchantFixture.merchant(merchants, staff, "CM-" + (System.nanoTime() % 100000));
        for (int i = 1; i <= 3; i++) MerchantFixture.customer(jdbc, "1379153000" + i, 100, "gold");
        RetainUser clerk = new RetainUser(shop.clerk(), "店员", Role.MERCHANT_CLERK, null, shop.id());
        RetainUser admin = new RetainUser(shop.admin(), "商家管理员", Role.MERCHANT_ADMIN, null, shop.id());

        // each call in a transaction of its own, as the counter's callers get it (this counter is not a proxied bean)
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        tx.execute(s -> counter.sendCode(clerk, "13791530001"));
        tx.execute(s -> counter.sendCode(admin, "13791530002"));
        assertThatThrownBy(() -> tx.execute(s -> counter.sendCode(admin, "13791530003"))).isInstanceOfSatisfying(MerchantRefused.class,
                e -> assertThat(e.code()).isEqualTo("merchant.error.too-many-codes-merchant"));
        // another merchant's allowance is its own
        RetainUser otherClerk = new RetainUser(other.clerk(), "店员", Role.MERCHANT_CLERK, null, other.id());
        assertThat(tx.execute(s -> counter.sendCode(otherClerk, "13791530003")).id()).isNotNull();
    }
}
