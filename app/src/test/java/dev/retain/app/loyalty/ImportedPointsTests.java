package dev.retain.app.loyalty;

import static dev.retain.app.loyalty.LedgerFixture.assertInvariants;
import static dev.retain.app.loyalty.LedgerFixture.balanceOf;
import static dev.retain.app.loyalty.LedgerFixture.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.retain.app.RetainWebTest;
import dev.retain.app.customer.ImportRun;
import dev.retain.app.customer.ImportService;
import dev.retain.app.customer.ProvinceImported;
import dev.retain.app.loyalty.internal.PointsReconciliation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * BOSS's points into the ledger after an import (customer's durable ProvinceImported): opening lots for subscribers the
 * ledger does not know, adjustments with a reconciliation row when BOSS's points changed, nothing when the export did
 * not change (a redemption made here stands), nothing twice when the event comes again. MSISDNs 13979300xxx.
 */
@RetainWebTest
class ImportedPointsTests {

    private static final String LISTENER = "loyalty.reconcile-after-import";
    private static final String HEADER = "msisdn,name,gender,birth_date,lunar_birthday,region,branch,brand,tier,group_id,"
            + "join_date,plan_id,min_commit,contract_end,points,points_expiry,marketing_consent,dnd";

    @Autowired ImportService imports;
    @Autowired PointsLedger ledger;
    @Autowired PointsReconciliation reconciliation;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @TempDir Path tmp;

    private static String row(String msisdn, long points, LocalDate expiry) {
        return msisdn + ",周九,F,1985-02-03,false,hangzhou,xihu,gotone,gold,,2016-04-01,,,," + points + "," + (expiry == null ? "" : expiry)
                + ",true,false";
    }

    private long importSubscribers(String name, String... rows) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("subscribers.csv"), HEADER + "\n" + String.join("\n", rows) + "\n");
        ImportRun run = imports.importFrom(dir, "loyalty-test", ImportService.CLI);
        assertThat(run.succeeded()).as(run.message()).isTrue();
        awaitReconciled(run.id());
        return run.id();
    }

    /** Until every publication of the import's event to the ledger's listener has completed. */
    private void awaitReconciled(long importId) throws InterruptedException {
        String event = "%\"importId\":" + importId + ",%";
        String pending = "select count(*) from event_publication where listener_id = ? and serialized_event like ? and completion_date is null";
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until && count(jdbc, pending, LISTENER, event) > 0) Thread.sleep(50);
        assertThat(count(jdbc, pending, LISTENER, event)).as("reconciliation of import %d still pending", importId).isZero();
        assertThat(count(jdbc, "select count(*) from event_publication where listener_id = ? and serialized_event like ?", LISTENER, event))
                .as("the ledger heard of import %d", importId).isPositive();
    }

    private List<String> entries(String msisdn) {
        return jdbc.sql("select kind || ' ' || points from points_entry where msisdn = ? order by id").param(msisdn).query(String.class).list();
    }

    @Test
    void anImportOpensLotsAChangedOneAdjustsAndARedeliveredOneChangesNothing() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate expiry = today.plusDays(200);
        String a = "13979300001";
        String b = "13979300002";
        String c = "13979300003";
        String lapsed = "13979300004";

        long first = importSubscribers("first", row(a, 1200, expiry), row(b, 500, null), row(c, 0, null), row(lapsed, 300, today.minusDays(1)));
        assertThat(ledger.balance(a).lots()).extracting(PointsLot::source, PointsLot::expiresOn, PointsLot::points)
                .containsExactly(tuple("opening", expiry, 1200L));
        assertThat(ledger.balance(b).lots()).extracting(PointsLot::expiresOn).as("no date from BOSS: the end of next year")
                .containsExactly(LocalDate.of(today.getYear() + 1, 12, 31));
        assertThat(count(jdbc, "select count(*) from points_account where msisdn in (?, ?)", c, lapsed)).as("nothing usable: no account").isZero();
        assertThat(count(jdbc, "select count(*) from points_request where client_key = ? and kind = 'grant'", "import-" + first + "-" + a)).isEqualTo(1);

        // a redemption here, then the same export again: BOSS said nothing new, the redemption stands
        ledger.redeem("ip-r1", a, 200, "merchant");
        long same = importSubscribers("same", row(a, 1200, expiry), row(b, 500, null), row(c, 0, null), row(lapsed, 300, today.minusDays(1)));
        assertThat(ledger.balance(a).balance()).isEqualTo(1000);
        assertThat(count(jdbc, "select count(*) from points_reconciliation where import_id = ?", same)).isZero();

        // BOSS's points changed: more for a (BOSS's +300 is added; the 200 spent here stay spent), fewer for b, some for c at last
        long changed = importSubscribers("changed", row(a, 1500, expiry), row(b, 100, null), row(c, 50, expiry), row(lapsed, 300, today.minusDays(1)));
        assertThat(ledger.balance(a).balance()).isEqualTo(1300);
        assertThat(ledger.balance(a).lots()).extracting(PointsLot::source, PointsLot::remaining)
                .containsExactly(tuple("opening", 1000L), tuple("adjustment", 300L));
        assertThat(ledger.balance(b).balance()).isEqualTo(100);
        assertThat(ledger.balance(c).lots()).extracting(PointsLot::source, PointsLot::points).containsExactly(tuple("opening", 50L));
        assertThat(entries(a)).containsExactly("grant 1200", "redeem -200", "adjust 300");
        assertThat(entries(b)).containsExactly("grant 500", "adjust -400");
        assertThat(jdbc.sql("select msisdn, ledger_before, imported, difference from points_reconciliation where import_id = ? order by msisdn")
                .param(changed).query((rs, i) -> tuple(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list())
                .containsExactly(tuple(a, 1000L, 1500L, 300L), tuple(b, 500L, 100L, -400L));
        assertThat(jdbc.sql("select kind, points, balance_after from points_request where client_key = ?").param("import-" + changed + "-" + b)
                .query((rs, i) -> tuple(rs.getString(1), rs.getLong(2), rs.getLong(3))).single()).isEqualTo(tuple("adjust", -400L, 100L));

        // the event again (as after a restart), through the listener and straight to the reconciliation
        long requests = count(jdbc, "select count(*) from points_request where msisdn like '13979300%'");
        long entries = count(jdbc, "select count(*) from points_entry where msisdn like '13979300%'");
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(new ProvinceImported(changed, List.of(), "loyalty-test")));
        awaitReconciled(changed);
        PointsReconciliation.Result again = reconciliation.run(changed);
        assertThat(again.adjusted()).isZero();
        assertThat(count(jdbc, "select count(*) from points_request where msisdn like '13979300%'")).isEqualTo(requests);
        assertThat(count(jdbc, "select count(*) from points_entry where msisdn like '13979300%'")).isEqualTo(entries);
        assertThat(count(jdbc, "select count(*) from points_reconciliation where import_id = ?", changed)).isEqualTo(2);
        assertThat(balanceOf(jdbc, a)).isEqualTo(1300);
        assertInvariants(jdbc);
    }
}
