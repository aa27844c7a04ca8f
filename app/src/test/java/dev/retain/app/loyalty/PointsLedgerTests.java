package dev.retain.app.loyalty;

import static dev.retain.app.loyalty.LedgerFixture.assertInvariants;
import static dev.retain.app.loyalty.LedgerFixture.balanceOf;
import static dev.retain.app.loyalty.LedgerFixture.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.retain.app.RetainWebTest;
import dev.retain.app.loyalty.internal.Postings;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's rules on PostgreSQL: lots spent soonest expiry first, never below zero, idempotent by client key,
 * reversals back to the same lots (an expired lot's share expires again at once), expiry as entries from the day
 * after the expiry date, a first balance taken over from BOSS's imported points, and a caller's transaction joined
 * and left usable by a refusal. MSISDNs 13979100xxx belong to this class.
 */
@RetainWebTest
class PointsLedgerTests {

    @Autowired PointsLedger ledger;
    @Autowired Postings postings;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired ApplicationContext context;

    private LedgerFixture f;
    private LocalDate today;

    @BeforeEach
    void fixture() {
        f = new LedgerFixture(postings, transactions, jdbc);
        today = LocalDate.now(clock);
    }

    @Test
    void aRedemptionSpendsTheSoonestExpiringLotsFirstAndRecordsWhichItUsed() {
        String m = "13979100001";
        f.subscriber(m);
        PointsReceipt late = ledger.grant("lt-g1", m, 500, today.plusDays(300), "campaign", "双十一活动");
        PointsReceipt soon = ledger.grant("lt-g2", m, 200, today.plusDays(30), "tenure", null);
        PointsReceipt sameDay = ledger.grant("lt-g3", m, 100, today.plusDays(30), "tenure", null);
        assertThat(late.balanceAfter()).isEqualTo(500);
        assertThat(sameDay.balanceAfter()).isEqualTo(800);
        long soonLot = soon.lots().get(0).lotId();
        long sameDayLot = sameDay.lots().get(0).lotId();
        long lateLot = late.lots().get(0).lotId();

        PointsBalance before = ledger.balance(m);
        assertThat(before.balance()).isEqualTo(800);
        assertThat(before.lots()).extracting(PointsLot::id).as("expiry, then id").containsExactly(soonLot, sameDayLot, lateLot);
        assertThat(before.lots().get(2)).isEqualTo(new PointsLot(lateLot, "campaign", today, today.plusDays(300), 500, 500));

        PointsReceipt r = ledger.redeem("lt-r1", "+86" + m, 350, "merchant 7 order 1");
        assertThat(r.msisdn()).as("kept in its national form").isEqualTo(m);
        assertThat(r.kind()).isEqualTo("redeem");
        assertThat(r.points()).isEqualTo(-350);
        assertThat(r.balanceAfter()).isEqualTo(450);
        assertThat(r.replay()).isFalse();
        assertThat(r.lots()).containsExactly(new LotUse(soonLot, today.plusDays(30), -200), new LotUse(sameDayLot, today.plusDays(30), -100),
                new LotUse(lateLot, today.plusDays(300), -50));
        assertThat(ledger.balance(m).lots()).extracting(PointsLot::id, PointsLot::remaining).containsExactly(tuple(lateLot, 450L));
        assertThat(count(jdbc, "select count(*) from points_entry where msisdn = ? and kind = 'redeem'", m)).isEqualTo(3);
        assertThat(balanceOf(jdbc, m)).isEqualTo(450);
        assertInvariants(jdbc);
    }

    @Test
    void aRedemptionNeverGoesBelowZeroAndARefusalWritesNothing() {
        String m = "13979100002";
        f.subscriber(m);
        ledger.grant("lt-g4", m, 300, today.plusDays(60), "tenure", null);
        assertThatThrownBy(() -> ledger.redeem("lt-r2", m, 301, null))
                .isInstanceOfSatisfying(InsufficientPoints.class, e -> {
                    assertThat(e.balance()).isEqualTo(300);
                    assertThat(e.requested()).isEqualTo(301);
                })
                .hasMessageContaining("301").hasMessageContaining("300");
        assertThat(count(jdbc, "select count(*) from points_request where client_key = 'lt-r2'")).isZero();
        assertThat(ledger.redeem("lt-r2", m, 300, null).balanceAfter()).as("the key is free after a refusal").isZero();
        assertThatThrownBy(() -> ledger.redeem("lt-r3", m, 1, null)).isInstanceOf(InsufficientPoints.class);
        assertThatThrownBy(() -> ledger.redeem("lt-r4", "13979100099", 1, null)).as("a number the ledger does not know")
                .isInstanceOfSatisfying(InsufficientPoints.class, e -> assertThat(e.balance()).isZero());
        assertThatThrownBy(() -> ledger.redeem("lt-r5", m, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.grant("lt-g5", "13979100098", 10, today, "tenure", null)).as("not imported")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown subscriber");
        assertThatThrownBy(() -> ledger.grant("lt-g6", m, 10, today.minusDays(1), "tenure", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.grant("lt-g7", m, 10, today, "bonus", null)).hasMessageContaining("source");
        assertThatThrownBy(() -> ledger.grant("import-1-" + m, m, 10, today, "tenure", null)).hasMessageContaining("ledger's own");
        assertInvariants(jdbc);
    }

    @Test
    void aRepeatedKeyAnswersTheFirstReceiptAndAnotherChangeUnderItIsAConflict() {
        String m = "13979100003";
        String other = "13979100004";
        f.subscriber(m);
        f.subscriber(other);
        ledger.grant("lt-g8", m, 1000, today.plusDays(90), "campaign", null);
        PointsReceipt first = ledger.redeem("lt-r6", m, 120, "order 6");
        PointsReceipt again = ledger.redeem("lt-r6", m, 120, "order 6 again");
        assertThat(again.replay()).isTrue();
        assertThat(again).isEqualTo(new PointsReceipt(first.clientKey(), first.msisdn(), first.kind(), first.points(), first.balanceAfter(),
                first.lots(), first.at(), true));
        assertThat(ledger.balance(m).balance()).isEqualTo(880);

        assertThatThrownBy(() -> ledger.redeem("lt-r6", m, 121, null)).isInstanceOf(PointsRequestConflict.class);
        assertThatThrownBy(() -> ledger.redeem("lt-r6", other, 120, null)).isInstanceOf(PointsRequestConflict.class);
        assertThatThrownBy(() -> ledger.grant("lt-r6", m, 120, today.plusDays(5), "tenure", null)).isInstanceOf(PointsRequestConflict.class);
        PointsReceipt grantAgain = ledger.grant("lt-g8", m, 1000, today.plusDays(90), "campaign", null);
        assertThat(grantAgain.replay()).isTrue();
        assertThat(grantAgain.balanceAfter()).as("the first receipt's balance, not today's").isEqualTo(1000);
        assertThat(ledger.balance(m).balance()).isEqualTo(880);
        assertInvariants(jdbc);
    }

    @Test
    void aReversalGivesBackToTheSameLotsOnceAndAnExpiredLotsShareExpiresAtOnce() {
        String m = "13979100005";
        f.subscriber(m);
        LocalDate day = today; // days after today only as far as needed: the expiry below is the whole database's
        f.on(day);
        long shortLot = f.inTx(() -> f.ledger.grant("lt-g9", m, 100, day, "tenure", null)).lots().get(0).lotId();
        long longLot = f.inTx(() -> f.ledger.grant("lt-g10", m, 400, day.plusDays(100), "campaign", null)).lots().get(0).lotId();
        PointsReceipt spent = f.inTx(() -> f.ledger.redeem("lt-r7", m, 250, null));
        assertThat(spent.lots()).extracting(LotUse::lotId, LotUse::points).containsExactly(tuple(shortLot, -100L), tuple(longLot, -150L));

        // the next day the short lot has expired: its 100 come back and expire again at once
        f.on(day.plusDays(1));
        PointsReceipt refund = f.inTx(() -> f.ledger.reverse("lt-v1", "lt-r7", "order cancelled"));
        assertThat(refund.kind()).isEqualTo("reverse");
        assertThat(refund.points()).as("what is usable again").isEqualTo(150);
        assertThat(refund.balanceAfter()).isEqualTo(400);
        assertThat(refund.lots()).containsExactly(new LotUse(shortLot, day, 100), new LotUse(shortLot, day, -100),
                new LotUse(longLot, day.plusDays(100), 150));
        assertThat(f.inTx(() -> f.ledger.balance(m)).lots()).extracting(PointsLot::id, PointsLot::remaining).containsExactly(tuple(longLot, 400L));
        assertThat(jdbc.sql("select kind, points from points_entry where lot_id = ? order by id").param(shortLot)
                .query((rs, i) -> rs.getString(1) + " " + rs.getLong(2)).list())
                .containsExactly("grant 100", "redeem -100", "reverse 100", "expire -100");

        assertThat(f.inTx(() -> f.ledger.reverse("lt-v1", "lt-r7", null)).replay()).isTrue();
        assertThatThrownBy(() -> f.inTx(() -> f.ledger.reverse("lt-v2", "lt-r7", null))).as("a second reversal")
                .isInstanceOf(PointsRequestConflict.class).hasMessageContaining("already reversed");
        assertThatThrownBy(() -> f.inTx(() -> f.ledger.reverse("lt-v3", "lt-g10", null))).as("only a redemption is reversed")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.inTx(() -> f.ledger.reverse("lt-r7", "lt-r7", null))).as("a key naming the redemption itself")
                .isInstanceOf(PointsRequestConflict.class);
        assertThat(balanceOf(jdbc, m)).isEqualTo(400);
        assertInvariants(jdbc);
    }

    @Test
    void aLotIsUsableOnItsExpiryDayAndExpiresAsAnEntryFromTheDayAfter() {
        String m = "13979100006";
        f.subscriber(m);
        LocalDate day = today;
        f.on(day);
        long lot = f.inTx(() -> f.ledger.grant("lt-g11", m, 300, day, "tenure", null)).lots().get(0).lotId();
        f.inTx(() -> f.ledger.grant("lt-g12", m, 50, day.plusYears(1), "campaign", null));

        f.on(day);
        assertThat(f.inTx(() -> f.ledger.balance(m)).balance()).as("the expiry date is the last usable day").isEqualTo(350);
        assertThat(f.inTx(() -> f.ledger.redeem("lt-r8", m, 100, null)).lots()).extracting(LotUse::lotId).containsExactly(lot);
        f.on(day.plusDays(1));
        assertThat(f.inTx(() -> f.ledger.balance(m)).balance()).as("not spendable the day after, even before the job ran").isEqualTo(50);
        assertThatThrownBy(() -> f.inTx(() -> f.ledger.redeem("lt-r9", m, 60, null)))
                .isInstanceOfSatisfying(InsufficientPoints.class, e -> assertThat(e.balance()).isEqualTo(50));
        assertThat(balanceOf(jdbc, m)).as("the account still holds them until they expire").isEqualTo(250);

        assertThat(f.ledger.expireDue()).isPositive();
        assertThat(jdbc.sql("select kind, points from points_entry where lot_id = ? order by id").param(lot)
                .query((rs, i) -> rs.getString(1) + " " + rs.getLong(2)).list()).containsExactly("grant 300", "redeem -100", "expire -200");
        assertThat(jdbc.sql("select remaining from points_lot where id = ?").param(lot).query(Long.class).single()).isZero();
        assertThat(balanceOf(jdbc, m)).isEqualTo(50);
        f.ledger.expireDue();
        assertThat(count(jdbc, "select count(*) from points_entry where msisdn = ? and kind = 'expire'", m)).as("idempotent").isEqualTo(1);
        assertThat(count(jdbc, "select count(*) from points_lot where expires_on < ? and remaining > 0", day.plusDays(1)))
                .as("no lot past its day keeps points").isZero();
        assertInvariants(jdbc);
    }

    @Test
    void aSubscriberTheLedgerMeetsFirstStartsFromTheImportedPoints() {
        String m = "13979100007";
        LedgerFixture.subscriber(jdbc, m, 800, today.plusDays(45));
        String lapsed = "13979100008";
        LedgerFixture.subscriber(jdbc, lapsed, 500, today.minusDays(1));
        String noDate = "13979100009";
        LedgerFixture.subscriber(jdbc, noDate, 70, null);

        PointsBalance b = ledger.balance(m);
        assertThat(b.balance()).isEqualTo(800);
        assertThat(b.lots()).extracting(PointsLot::source, PointsLot::expiresOn, PointsLot::remaining)
                .containsExactly(tuple("opening", today.plusDays(45), 800L));
        assertThat(ledger.redeem("lt-r10", m, 300, null).balanceAfter()).isEqualTo(500);
        assertThat(ledger.balance(lapsed).balance()).as("BOSS's points past their date are not usable").isZero();
        assertThat(count(jdbc, "select count(*) from points_account where msisdn = ?", lapsed)).as("a read opens no empty account").isZero();
        assertThat(ledger.balance(noDate).lots()).extracting(PointsLot::expiresOn)
                .as("no date from BOSS: the end of next year").containsExactly(LocalDate.of(today.getYear() + 1, 12, 31));
        assertThat(count(jdbc, "select count(*) from points_request where client_key = ?", "opening-" + m)).isEqualTo(1);
        assertInvariants(jdbc);
    }

    @Test
    void theChangesJoinTheCallersTransactionAndARefusalLeavesItUsable() {
        String m = "13979100010";
        f.subscriber(m);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(s -> {
            ledger.grant("lt-g13", m, 100, today.plusDays(10), "tenure", null);
            ledger.redeem("lt-r11", m, 40, null);
            s.setRollbackOnly();
        });
        assertThat(count(jdbc, "select count(*) from points_request where client_key in ('lt-g13', 'lt-r11')")).as("rolled back with the caller").isZero();

        tx.executeWithoutResult(s -> {
            ledger.grant("lt-g14", m, 100, today.plusDays(10), "tenure", null);
            assertThatThrownBy(() -> ledger.redeem("lt-r12", m, 500, null)).isInstanceOf(InsufficientPoints.class);
            assertThatThrownBy(() -> ledger.redeem("lt-g14", m, 5, null)).isInstanceOf(PointsRequestConflict.class);
            ledger.redeem("lt-r13", m, 60, null);
        });
        assertThat(ledger.balance(m).balance()).as("the caller's transaction committed after the refusals").isEqualTo(40);
        assertInvariants(jdbc);
    }

    @Test
    void aDailyJobExpiresTheLots() {
        assertThat(context.getBeansOfType(RecurringTask.class).values()).extracting(t -> t.getName()).contains("points-expiry");
    }
}
