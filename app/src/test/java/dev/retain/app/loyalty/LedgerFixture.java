package dev.retain.app.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.core.BusinessClock;
import dev.retain.app.loyalty.internal.Postings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger at a day the test sets (the application's parts and database, another clock; each call in its own
 * transaction as the service's callers get it), subscribers written as an import leaves them, and the ledger's
 * invariants checked over the whole database.
 */
final class LedgerFixture {

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
    final PointsLedger ledger;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;

    LedgerFixture(Postings postings, PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.ledger = new PointsLedger(postings, transactions, new BusinessClock(now::get, BusinessClock.DEFAULT_ZONE));
        this.tx = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    /** Noon of {@code day} in the business zone. */
    LedgerFixture on(LocalDate day) {
        now.set(day.atTime(LocalTime.NOON).atZone(BusinessClock.DEFAULT_ZONE).toInstant());
        return this;
    }

    <T> T inTx(Supplier<T> work) {
        return tx.execute(s -> work.get());
    }

    static void subscriber(JdbcClient jdbc, String msisdn, long points, LocalDate pointsExpiry) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date, points, points_expiry)
                        values (?, ?, '孙八', 'hangzhou', 'gotone', date '2015-01-01', ?, ?) on conflict do nothing""")
                .params(msisdn, msisdn, points, pointsExpiry).update();
    }

    void subscriber(String msisdn) {
        subscriber(jdbc, msisdn, 0, null);
    }

    static long count(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /**
     * Over every account in the database: the balance is the sum of the entries and of the lots' remaining points
     * (expired lots count with their zero), each lot's remaining is the sum of its entries, and no balance is negative.
     */
    static void assertInvariants(JdbcClient jdbc) {
        assertThat(count(jdbc, """
                with entries as (select msisdn, sum(points) as points from points_entry group by msisdn),
                     lots as (select msisdn, sum(remaining) as remaining from points_lot group by msisdn)
                select count(*) from points_account a
                left join entries e on e.msisdn = a.msisdn left join lots l on l.msisdn = a.msisdn
                where a.balance <> coalesce(e.points, 0) or a.balance <> coalesce(l.remaining, 0) or a.balance < 0"""))
                .as("accounts whose balance is not the sum of their entries and of their lots").isZero();
        assertThat(count(jdbc, """
                select count(*) from points_lot l
                left join (select lot_id, sum(points) as points from points_entry group by lot_id) e on e.lot_id = l.id
                where l.remaining <> coalesce(e.points, 0)""")).as("lots whose remaining is not the sum of their entries").isZero();
        assertThat(count(jdbc, "select count(*) from points_entry e join points_lot l on l.id = e.lot_id where e.msisdn <> l.msisdn"))
                .as("entries on another subscriber's lot").isZero();
        assertThat(count(jdbc, "select count(*) from points_entry e left join points_account a on a.msisdn = e.msisdn where a.msisdn is null"))
                .as("entries without an account").isZero();
    }

    static long balanceOf(JdbcClient jdbc, String msisdn) {
        return jdbc.sql("select balance from points_account where msisdn = ?").param(msisdn).query(Long.class).optional().orElse(0L);
    }
}
