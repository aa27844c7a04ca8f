package dev.retain.app.loyalty;

import static dev.retain.app.loyalty.LedgerFixture.assertInvariants;
import static dev.retain.app.loyalty.LedgerFixture.balanceOf;
import static dev.retain.app.loyalty.LedgerFixture.count;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger under parallel load on PostgreSQL: one balance that affords only some of 1,000 redemptions, many balances
 * with redemptions and repeated keys mixed, and one key sent by 16 threads at once. Each ends with the ledger's
 * invariants over the whole database. MSISDNs 13979200xxx and 13979201xxx belong to this class.
 */
@RetainWebTest
class PointsLedgerConcurrencyTests {

    private static final int THREADS = 32;

    @Autowired PointsLedger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    /** Runs the calls on {@code THREADS} threads released together; each call's result or exception. */
    private static List<Object> inParallel(int threads, List<Callable<Object>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (InsufficientPoints | PointsRequestConflict e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) results.add(f.get(5, TimeUnit.MINUTES));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aThousandParallelRedemptionsOfOneBalanceSpendExactlyWhatItAffords() throws Exception {
        String m = "13979200001";
        LedgerFixture.subscriber(jdbc, m, 0, null);
        LocalDate today = LocalDate.now(clock);
        ledger.grant("cc-g1", m, 4_000, today.plusDays(90), "campaign", null);
        ledger.grant("cc-g2", m, 3_000, today.plusDays(400), "tenure", null);
        ledger.grant("cc-g3", m, 3_005, today.plusDays(200), "tenure", null);
        long balance = 10_005;
        long price = 30;
        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            String key = "cc-r-" + i;
            calls.add(() -> ledger.redeem(key, m, price, "counter"));
        }
        List<Object> results = inParallel(THREADS, calls);

        long succeeded = results.stream().filter(PointsReceipt.class::isInstance).count();
        long refused = results.stream().filter(InsufficientPoints.class::isInstance).count();
        assertThat(succeeded).isEqualTo(balance / price);
        assertThat(refused).isEqualTo(1_000 - balance / price);
        assertThat(results).allMatch(r -> r instanceof PointsReceipt receipt ? !receipt.replay() && receipt.balanceAfter() >= 0
                : r instanceof InsufficientPoints e && e.balance() < price);
        assertThat(results.stream().filter(PointsReceipt.class::isInstance).map(r -> ((PointsReceipt) r).balanceAfter()).distinct().count())
                .as("each success saw its own balance").isEqualTo(succeeded);
        assertThat(ledger.balance(m).balance()).isEqualTo(balance % price);
        assertThat(balanceOf(jdbc, m)).isEqualTo(balance % price);
        assertThat(count(jdbc, "select coalesce(sum(points), 0) from points_entry where msisdn = ?", m)).isEqualTo(balance % price);
        assertThat(ledger.balance(m).lots()).as("the latest lot is spent last").singleElement()
                .satisfies(lot -> assertThat(lot.expiresOn()).isEqualTo(today.plusDays(400)));
        assertInvariants(jdbc);
    }

    @Test
    void manyBalancesWithRedemptionsAndRepeatedKeysInParallelKeepTheInvariants() throws Exception {
        Random random = new Random(14);
        LocalDate today = LocalDate.now(clock);
        List<String> numbers = new ArrayList<>();
        Map<String, Long> granted = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            String m = String.format(Locale.ROOT, "13979201%03d", i);
            numbers.add(m);
            LedgerFixture.subscriber(jdbc, m, 0, null);
            int lots = 1 + random.nextInt(3);
            long sum = 0;
            for (int l = 0; l < lots; l++) {
                long points = 50 + random.nextInt(1_000);
                ledger.grant("cm-g-" + i + "-" + l, m, points, today.plusDays(1 + random.nextInt(700)), "campaign", null);
                sum += points;
            }
            granted.put(m, sum);
        }
        record Op(String key, String msisdn, long points) {
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            ops.add(new Op("cm-r-" + i, numbers.get(random.nextInt(numbers.size())), 1 + random.nextInt(300)));
        }
        List<Op> all = new ArrayList<>(ops);
        for (int i = 0; i < 700; i++) all.add(ops.get(random.nextInt(ops.size())));
        Collections.shuffle(all, random);
        List<Callable<Object>> calls = new ArrayList<>();
        for (Op op : all) calls.add(() -> ledger.redeem(op.key(), op.msisdn(), op.points(), null));
        List<Object> results = inParallel(THREADS, calls);

        Set<String> spentKeys = new HashSet<>();
        for (Object r : results) {
            if (r instanceof PointsReceipt receipt && !receipt.replay()) {
                assertThat(spentKeys.add(receipt.clientKey())).as("a key spent twice: " + receipt.clientKey()).isTrue();
            }
        }
        assertThat(results).noneMatch(PointsRequestConflict.class::isInstance);
        Map<String, Long> expected = new HashMap<>(granted);
        for (Op op : ops) if (spentKeys.contains(op.key())) expected.merge(op.msisdn(), -op.points(), Long::sum);
        for (String m : numbers) {
            assertThat(expected.get(m)).as(m).isNotNegative();
            assertThat(balanceOf(jdbc, m)).as(m).isEqualTo(expected.get(m));
        }
        assertThat(count(jdbc, "select count(*) from points_request where client_key like 'cm-r-%'")).isEqualTo(spentKeys.size());
        assertThat(spentKeys).as("some spent, some refused").hasSizeBetween(100, 2_499);
        assertInvariants(jdbc);
    }

    @Test
    void sixteenThreadsSendingOneKeySpendOnce() throws Exception {
        String m = "13979200002";
        String other = "13979200003";
        LedgerFixture.subscriber(jdbc, m, 0, null);
        LedgerFixture.subscriber(jdbc, other, 0, null);
        LocalDate today = LocalDate.now(clock);
        ledger.grant("cs-g1", m, 1_000, today.plusDays(30), "tenure", null);
        ledger.grant("cs-g2", other, 1_000, today.plusDays(30), "tenure", null);

        List<Callable<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) calls.add(() -> ledger.redeem("cs-same", m, 100, "once"));
        List<Object> results = inParallel(16, calls);
        assertThat(results).allMatch(PointsReceipt.class::isInstance);
        assertThat(results.stream().filter(r -> !((PointsReceipt) r).replay()).count()).isEqualTo(1);
        assertThat(results.stream().map(r -> ((PointsReceipt) r).balanceAfter()).distinct()).containsExactly(900L);
        assertThat(ledger.balance(m).balance()).isEqualTo(900);
        assertThat(count(jdbc, "select count(*) from points_request where client_key = 'cs-same'")).isEqualTo(1);

        // one key for two customers at once: one of them spends, the other is told the key is taken
        calls.clear();
        for (int i = 0; i < 16; i++) {
            String number = i % 2 == 0 ? m : other;
            calls.add(() -> ledger.redeem("cs-two", number, 50, null));
        }
        results = inParallel(16, calls);
        assertThat(results.stream().filter(r -> r instanceof PointsReceipt p && !p.replay()).count()).isEqualTo(1);
        assertThat(results.stream().filter(PointsRequestConflict.class::isInstance).count()).isEqualTo(8);
        assertThat(balanceOf(jdbc, m) + balanceOf(jdbc, other)).isEqualTo(900 + 1_000 - 50);
        assertInvariants(jdbc);
    }
}
