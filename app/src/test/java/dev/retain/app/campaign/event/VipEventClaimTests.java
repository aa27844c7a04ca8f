package dev.retain.app.campaign.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.app.RetainWebTest;
import dev.retain.app.campaign.event.VipEventClaimResult.Outcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Claims of VIP event tickets on the real database (SPEC R7.6): never oversold under 200 parallel claims for the last
 * 5 tickets; the per-customer limit under parallel claims of one customer; prepay references idempotent; eligibility
 * by tier and key account; the waiting list served first come first when a ticket is cancelled or added.
 */
@RetainWebTest
class VipEventClaimTests {

    private static final AtomicInteger BLOCK = new AtomicInteger(10);

    @Autowired VipEvents events;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private <T> List<T> inParallel(int threads, Function<Integer, T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                Callable<T> call = () -> {
                    start.await();
                    return task.apply(n);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) results.add(f.get());
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    @Test
    void twoHundredParallelClaimsForTheLastFiveTicketsTakeExactlyFive() throws Exception {
        int block = BLOCK.incrementAndGet();
        long event = VipEventFixture.eventWithPool(events, clock, "音乐沙龙", 1, 25, List.of("gold", "diamond"));
        // 20 of 25 already gone: the last 5 are left
        for (int i = 0; i < 20; i++) {
            String msisdn = VipEventFixture.number(block, 500 + i);
            VipEventFixture.customer(jdbc, msisdn, "gold", null);
            assertThat(events.claim(event, msisdn, VipEventClaimChannel.STAFF, "early-" + block + "-" + i, "t-supervisor").outcome())
                    .isEqualTo(Outcome.CLAIMED);
        }
        for (int i = 0; i < 200; i++) VipEventFixture.customer(jdbc, VipEventFixture.number(block, i), i % 2 == 0 ? "gold" : "diamond", null);

        List<VipEventClaimResult> results = inParallel(200, i -> events.claim(event, VipEventFixture.number(block, i),
                VipEventClaimChannel.PREPAY, "pp-" + block + "-" + i, "client:boss"));

        Map<Outcome, Long> outcomes = results.stream().collect(Collectors.groupingBy(VipEventClaimResult::outcome, Collectors.counting()));
        assertThat(outcomes).containsOnlyKeys(Outcome.CLAIMED, Outcome.WAITING);
        assertThat(outcomes.get(Outcome.CLAIMED)).isEqualTo(5);
        assertThat(outcomes.get(Outcome.WAITING)).isEqualTo(195);
        TicketPoolView pool = events.pools(event).get(0);
        assertThat(pool.taken()).isEqualTo(pool.tickets()).isEqualTo(25);
        assertThat(count("select count(*) from vip_event_claim where event_id = ? and state = 'claimed'", event)).isEqualTo(25);
        assertThat(count("select count(*) from vip_event_claim where event_id = ? and state = 'waiting'", event)).isEqualTo(195);
        assertThat(count("select count(distinct msisdn) from vip_event_claim where event_id = ?", event)).isEqualTo(220);
        VipEventView view = events.get(event);
        assertThat(view.taken()).isEqualTo(25);
        assertThat(view.waiting()).isEqualTo(195);
        // every ticket and waiting place was told to its customer once
        assertThat(count("select count(*) from outbox_message where idempotency_key like ? and template_code = 'vip_event_ticket'",
                "vip-event:" + event + ":%")).isEqualTo(25);
        assertThat(count("select count(*) from outbox_message where idempotency_key like ? and template_code = 'vip_event_waiting'",
                "vip-event:" + event + ":%")).isEqualTo(195);
    }

    @Test
    void oneCustomersParallelClaimsStopAtTheLimitAndAPrepayReferenceCountsOnce() throws Exception {
        int block = BLOCK.incrementAndGet();
        long event = VipEventFixture.eventWithPool(events, clock, "亲子讲座", 2, 50, List.of());
        String msisdn = VipEventFixture.number(block, 1);
        VipEventFixture.customer(jdbc, msisdn, "silver", null);

        List<VipEventClaimResult> results = inParallel(30, i -> events.claim(event, msisdn, VipEventClaimChannel.PREPAY,
                "lim-" + block + "-" + i, "client:boss"));
        assertThat(results.stream().filter(r -> r.outcome() == Outcome.CLAIMED)).hasSize(2);
        assertThat(results.stream().filter(r -> r.outcome() == Outcome.LIMIT_REACHED)).hasSize(28);
        assertThat(events.pools(event).get(0).taken()).isEqualTo(2);

        String other = VipEventFixture.number(block, 2);
        VipEventFixture.customer(jdbc, other, "silver", null);
        List<VipEventClaimResult> same = inParallel(20, i -> events.claim(event, other, VipEventClaimChannel.PREPAY, "one-ref-" + block,
                "client:boss"));
        assertThat(same.stream().filter(r -> !r.replay())).hasSize(1);
        assertThat(same).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.CLAIMED));
        assertThat(same.stream().map(r -> r.claim().id()).distinct()).hasSize(1);
        assertThat(events.pools(event).get(0).taken()).isEqualTo(3);
        // the reference belongs to that claim: for another number it is refused
        assertThatThrownBy(() -> events.claim(event, msisdn, VipEventClaimChannel.PREPAY, "one-ref-" + block, "client:boss"))
                .isInstanceOf(VipEventRefused.class).hasMessage("vip.error.reference-used");
    }

    @Test
    void poolsAdmitByTierOrKeyAccountAndUnknownNumbersAreNotEligible() {
        int block = BLOCK.incrementAndGet();
        long event = events.create(VipEventFixture.open(clock, "客户答谢会", VipEventFixture.keyword("KA"), 1), "t-supervisor");
        long keyAccounts = events.addPool(event, "key_account", 2, List.of(), "G-VIP-" + block, "t-supervisor");
        events.addPool(event, "hvc_experience", 1, List.of("diamond"), null, "t-supervisor");
        String member = VipEventFixture.number(block, 1);
        String diamond = VipEventFixture.number(block, 2);
        String silver = VipEventFixture.number(block, 3);
        VipEventFixture.customer(jdbc, member, "silver", "G-VIP-" + block);
        VipEventFixture.customer(jdbc, diamond, "diamond", null);
        VipEventFixture.customer(jdbc, silver, "silver", "G-OTHER");

        VipEventClaimResult m = events.claim(event, member, VipEventClaimChannel.STAFF, "tier-" + block + "-1", "t-supervisor");
        assertThat(m.outcome()).isEqualTo(Outcome.CLAIMED);
        assertThat(m.claim().poolId()).isEqualTo(keyAccounts);
        assertThat(events.claim(event, diamond, VipEventClaimChannel.STAFF, "tier-" + block + "-2", "t-supervisor").outcome())
                .isEqualTo(Outcome.CLAIMED);
        assertThat(events.claim(event, silver, VipEventClaimChannel.STAFF, "tier-" + block + "-3", "t-supervisor").outcome())
                .isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(events.claim(event, VipEventFixture.number(block, 4), VipEventClaimChannel.STAFF, "tier-" + block + "-4", "t-supervisor")
                .outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(count("select count(*) from vip_event_claim where event_id = ?", event)).isEqualTo(2);
    }

    @Test
    void aCancelledTicketGoesToTheFirstEligibleWaitingCustomerAndMoreTicketsServeTheList() {
        int block = BLOCK.incrementAndGet();
        long event = VipEventFixture.eventWithPool(events, clock, "车友会自驾游", 1, 1, List.of("gold"));
        String holder = VipEventFixture.number(block, 1);
        String first = VipEventFixture.number(block, 2);
        String second = VipEventFixture.number(block, 3);
        for (String n : List.of(holder, first, second)) VipEventFixture.customer(jdbc, n, "gold", null);
        long held = events.claim(event, holder, VipEventClaimChannel.STAFF, "wl-" + block + "-1", "t-supervisor").claim().id();
        assertThat(events.claim(event, first, VipEventClaimChannel.STAFF, "wl-" + block + "-2", "t-supervisor").outcome()).isEqualTo(Outcome.WAITING);
        assertThat(events.claim(event, second, VipEventClaimChannel.STAFF, "wl-" + block + "-3", "t-supervisor").outcome()).isEqualTo(Outcome.WAITING);
        // the first in line lost their tier since: the ticket skips them
        jdbc.sql("update subscriber set tier = 'silver' where msisdn = ?").param(first).update();

        VipEventClaimView promoted = events.cancel(event, held, "t-supervisor").orElseThrow();
        assertThat(promoted.msisdn()).isEqualTo(second);
        assertThat(promoted.claimed()).isTrue();
        assertThat(events.pools(event).get(0).taken()).isEqualTo(1);
        assertThat(count("select count(*) from outbox_message where idempotency_key = ?",
                "vip-event:" + event + ":promoted:" + promoted.id() + ":vip_event_promoted")).isEqualTo(1);
        assertThatThrownBy(() -> events.cancel(event, held, "t-supervisor")).isInstanceOf(VipEventRefused.class);

        // tier back, one more ticket: it goes to the customer still waiting
        jdbc.sql("update subscriber set tier = 'gold' where msisdn = ?").param(first).update();
        long pool = events.pools(event).get(0).id();
        events.setTickets(event, pool, 2, "t-supervisor");
        assertThat(events.claims(event)).filteredOn(c -> c.msisdn().equals(first)).singleElement()
                .satisfies(c -> assertThat(c.claimed()).isTrue());
        assertThat(events.get(event).waiting()).isZero();
        assertThatThrownBy(() -> events.setTickets(event, pool, 1, "t-supervisor")).isInstanceOf(VipEventRefused.class)
                .hasMessage("vip.error.below-taken");
        // cancelling with nobody waiting gives the ticket back
        events.cancel(event, promoted.id(), "t-supervisor");
        assertThat(events.pools(event).get(0).taken()).isEqualTo(1);
    }

    @Test
    void keywordsAreFoldedUniqueAmongOpenEventsAndNeverAnOptOutWord() {
        String keyword = VipEventFixture.keyword("JZ");
        long event = events.create(VipEventFixture.open(clock, "爵士之夜", " " + keyword.toLowerCase() + "！", 1), "t-supervisor");
        assertThat(events.get(event).keyword()).isEqualTo(keyword);
        String fullWidth = keyword.chars().mapToObj(c -> String.valueOf((char) (c + 0xFEE0))).collect(Collectors.joining());
        assertThat(events.openByKeyword("　" + fullWidth + "。")).map(VipEventView::id).contains(event);
        assertThat(events.openByKeyword(keyword + " please")).isEmpty();
        // a Chinese keyword, as customers type it
        String chinese = "音乐会" + keyword.substring(2);
        long concert = events.create(VipEventFixture.open(clock, "新春音乐会", chinese, 1), "t-supervisor");
        assertThat(events.openByKeyword(chinese + "！")).map(VipEventView::id).contains(concert);
        assertThatThrownBy(() -> events.create(VipEventFixture.open(clock, "另一场", keyword, 1), "t-supervisor"))
                .isInstanceOf(VipEventRefused.class).hasMessage("vip.error.keyword-taken");
        assertThatThrownBy(() -> events.create(VipEventFixture.open(clock, "退订", "ＴＤ", 1), "t-supervisor"))
                .isInstanceOf(VipEventRefused.class).hasMessage("vip.error.keyword-reserved");
        // closed, its keyword is free again, and claims are refused
        events.setOpen(event, events.get(event).version(), false, "t-supervisor");
        assertThat(events.openByKeyword(keyword)).isEmpty();
        String msisdn = VipEventFixture.number(BLOCK.incrementAndGet(), 1);
        VipEventFixture.customer(jdbc, msisdn, "gold", null);
        assertThat(events.claim(event, msisdn, VipEventClaimChannel.STAFF, "closed-" + msisdn, "t-supervisor").outcome())
                .isEqualTo(Outcome.CLOSED);
        long again = events.create(VipEventFixture.open(clock, "爵士之夜（加场）", keyword, 1), "t-supervisor");
        assertThat(events.openByKeyword(keyword)).map(VipEventView::id).contains(again);
    }
}
