package dev.retain.app.campaign.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.segment.RuleFactsFixture;
import dev.retain.engine.rules.Facts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Recording a customer's answer to an offer (SPEC R7.3) on the real database: a form's key makes a double submit one
 * answer, an offer is accepted once per customer while it runs (and then not ranked again), an answer is refused when the
 * offer's rule does not hold for the customer, they have no facts, or declined it within the window, and the learning
 * reads only the answers to the offers it ranks. MSISDNs 137930[60-89]xxx, offer codes "TA…".
 */
@RetainWebTest
class OfferAnswerTests {

    private static final AtomicInteger BLOCK = new AtomicInteger(60);
    private static final YearMonth MONTH = YearMonth.of(2026, 10);

    @Autowired OfferResponses responses;
    @Autowired OfferResponseStore store;
    @Autowired NextBestOffers nbo;
    @Autowired Offers offers;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired java.time.Clock clock;

    private String customer(int block, int i, String zone) {
        Facts f = new Facts();
        f.zone = zone;
        f.churnScore = 0.5;
        f.bill = 120;
        f.tenureMonths = 4322;
        f.tier = "gold";
        String msisdn = OfferFixture.number(block, i);
        new RuleFactsFixture(jdbc).put(MONTH, msisdn, f);
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date)
                        values (?, ?, '赵六', 'hangzhou', 'gotone', date '2017-05-01') on conflict (msisdn) do nothing""")
                .params(msisdn, msisdn).update();
        return msisdn;
    }

    /** An offer for this class's customers only (tenure 4322). */
    private Offer offer(String marker, String rule, Integer stock, LocalDate from) {
        String code = OfferFixture.code("TA" + marker);
        long id = offers.create(new OfferDraft(code, "回应" + marker, "Answer " + marker, "gift", Map.of("item", "杯子", "value", "30"),
                "tenure_months == 4322 && (" + rule + ")", new BigDecimal("5"), from, LocalDate.now(clock).plusDays(30), stock,
                new BigDecimal("0.3")), "t-supervisor");
        return offers.get(id);
    }

    private Offer offer(String marker, String rule, Integer stock) {
        return offer(marker, rule, stock, LocalDate.now(clock).minusDays(10));
    }

    private int rows(long offerId) {
        return jdbc.sql("select count(*) from offer_response where offer_id = ?").param(offerId).query(Integer.class).single();
    }

    private String refusal(Runnable answer) {
        try {
            answer.run();
        } catch (OfferRefused e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }

    private List<Long> ranked(String msisdn) {
        return nbo.of(msisdn, Locale.ENGLISH).orElseThrow().ranked().stream().map(r -> r.offer().id()).toList();
    }

    @Test
    void theSameFormKeyAgainAnswersTheFirstAnswerWithoutTakingStockTwice() throws Exception {
        int block = BLOCK.incrementAndGet();
        String msisdn = customer(block, 1, "yellow");
        Offer a = offer("K", "true", 10);
        String formKey = "key-" + OfferFixture.code("K");
        RecordedAnswer first = responses.record(msisdn, a.id(), OfferOutcome.ACCEPTED, null, null, formKey, TestLogins.SUPERVISOR);
        RecordedAnswer again = responses.record(msisdn, a.id(), OfferOutcome.DECLINED, null, null, formKey, TestLogins.SUPERVISOR);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.outcome()).isEqualTo(OfferOutcome.ACCEPTED);
        assertThat(again.repeated()).isTrue();
        assertThat(first.repeated()).isFalse();
        assertThat(offers.get(a.id()).stock()).isEqualTo(9);
        assertThat(rows(a.id())).isEqualTo(1);
        // a key answers only for its own customer: another's says nothing of that customer's answer
        String stranger = customer(block, 3, "yellow");
        assertThat(refusal(() -> responses.record(stranger, a.id(), OfferOutcome.ACCEPTED, null, null, formKey, TestLogins.SUPERVISOR)))
                .isEqualTo("offer.error.form-key");
        assertThat(rows(a.id())).isEqualTo(1);

        // on the 360 view: each answer form carries a key; the same post twice records one answer and says the same thing twice
        String other = customer(block, 2, "yellow");
        String key = jdbc.sql("select customer_key::text from subscriber where msisdn = ?").param(other).query(String.class).single();
        String page = mvc.perform(get("/customers/" + key).with(logins.as(TestLogins.SUPERVISOR))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        Matcher m = Pattern.compile("name=\"formKey\" value=\"([A-Za-z0-9]{32})\"").matcher(page);
        assertThat(m.find()).isTrue();
        String pageKey = m.group(1);
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/customers/" + key + "/offers/" + a.id()).param("outcome", "accepted").param("formKey", pageKey)
                            .with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                    .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("offerRecorded", "已登记：客户接受了回应K。"));
        }
        assertThat(offers.get(a.id()).stock()).isEqualTo(8);
        assertThat(rows(a.id())).isEqualTo(2);
    }

    @Test
    void anAcceptedOfferIsNotRankedAgainAndASecondAcceptanceIsRefusedWhileTheOfferRuns() {
        int block = BLOCK.incrementAndGet();
        String msisdn = customer(block, 1, "green");
        Offer a = offer("A", "true", 10);
        assertThat(ranked(msisdn)).contains(a.id());
        long first = responses.record(msisdn, a.id(), OfferOutcome.ACCEPTED, null, null, TestLogins.SUPERVISOR);
        NextBestOfferView view = nbo.of(msisdn, Locale.ENGLISH).orElseThrow();
        assertThat(view.ranked()).noneMatch(r -> r.offer().id() == a.id());
        assertThat(view.acceptedAlready()).extracting(Offer::id).contains(a.id());
        assertThat(refusal(() -> responses.record(msisdn, a.id(), OfferOutcome.ACCEPTED, null, null, "another-form-" + first, TestLogins.SUPERVISOR)))
                .isEqualTo("offer.error.already-accepted");
        assertThat(refusal(() -> responses.record(msisdn, a.id(), OfferOutcome.DECLINED, null, null, TestLogins.SUPERVISOR)))
                .isEqualTo("offer.error.already-accepted");
        assertThat(offers.get(a.id()).stock()).isEqualTo(9);
        assertThat(rows(a.id())).isEqualTo(1);
        // another customer may still accept it
        responses.record(customer(block, 2, "green"), a.id(), OfferOutcome.ACCEPTED, null, null, TestLogins.SUPERVISOR);
        // an acceptance from before the offer's first valid day (the offer run again) does not count
        jdbc.sql("update offer_response set recorded_at = now() - interval '11 days' where id = ?").param(first).update();
        assertThat(ranked(msisdn)).contains(a.id());
        responses.record(msisdn, a.id(), OfferOutcome.ACCEPTED, null, null, TestLogins.SUPERVISOR);
        assertThat(offers.get(a.id()).stock()).isEqualTo(7);
    }

    @Test
    void parallelAcceptancesOfOneOfferByOneCustomerRecordOne() throws Exception {
        int block = BLOCK.incrementAndGet();
        String msisdn = customer(block, 1, "red");
        Offer a = offer("P", "true", 100);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < 8; i++) {
                String formKey = "parallel-" + a.code() + "-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        responses.record(msisdn, a.id(), OfferOutcome.ACCEPTED, null, null, formKey, TestLogins.SUPERVISOR);
                        return true;
                    } catch (OfferRefused e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int recorded = 0;
            for (Future<Boolean> f : results) if (f.get()) recorded++;
            assertThat(recorded).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows(a.id())).isEqualTo(1);
        assertThat(offers.get(a.id()).stock()).isEqualTo(99);
    }

    @Test
    void anAnswerIsRefusedWhenTheRuleDoesNotHoldWithoutFactsOrWhenDeclinedWithinTheWindow() {
        int block = BLOCK.incrementAndGet();
        String yellow = customer(block, 1, "yellow");
        Offer forRed = offer("R", "zone == 'red'", 5);
        assertThat(refusal(() -> responses.record(yellow, forRed.id(), OfferOutcome.ACCEPTED, null, null, TestLogins.SUPERVISOR)))
                .isEqualTo("offer.error.not-eligible");
        assertThat(refusal(() -> responses.record(yellow, forRed.id(), OfferOutcome.DECLINED, null, null, TestLogins.SUPERVISOR)))
                .isEqualTo("offer.error.not-eligible");
        String noFacts = OfferFixture.number(block, 999);
        Offer forAll = offer("F", "true", 5);
        assertThat(refusal(() -> responses.record(noFacts, forAll.id(), OfferOutcome.ACCEPTED, null, null, TestLogins.SUPERVISOR)))
                .isEqualTo("offer.error.no-facts");
        assertThat(offers.get(forRed.id()).stock()).isEqualTo(5);
        assertThat(offers.get(forAll.id()).stock()).isEqualTo(5);
        assertThat(rows(forRed.id()) + rows(forAll.id())).isZero();

        // declined: neither accepted nor declined again within the window
        responses.record(yellow, forAll.id(), OfferOutcome.DECLINED, null, null, TestLogins.SUPERVISOR);
        assertThat(refusal(() -> responses.record(yellow, forAll.id(), OfferOutcome.ACCEPTED, null, null, TestLogins.SUPERVISOR)))
                .isEqualTo("offer.error.declined-recently");
        assertThat(refusal(() -> responses.record(yellow, forAll.id(), OfferOutcome.DECLINED, null, null, TestLogins.SUPERVISOR)))
                .isEqualTo("offer.error.declined-recently");
        assertThat(offers.get(forAll.id()).stock()).isEqualTo(5);
        assertThat(rows(forAll.id())).isEqualTo(1);
        jdbc.sql("update offer_response set recorded_at = now() - interval '91 days' where offer_id = ?").param(forAll.id()).update();
        responses.record(yellow, forAll.id(), OfferOutcome.ACCEPTED, null, null, TestLogins.SUPERVISOR);
        assertThat(offers.get(forAll.id()).stock()).isEqualTo(4);
    }

    @Test
    void theLearningCountsOnlyTheAnswersToTheOffersItRanks() {
        int block = BLOCK.incrementAndGet();
        Offer ranked = offer("C", "true", null);
        Offer notRanked = offer("N", "true", null);
        responses.record(customer(block, 1, "blue"), ranked.id(), OfferOutcome.ACCEPTED, null, null, TestLogins.SUPERVISOR);
        responses.record(customer(block, 2, "blue"), notRanked.id(), OfferOutcome.DECLINED, null, null, TestLogins.SUPERVISOR);
        assertThat(store.countsInSegment("blue", List.of(ranked.id()))).extracting(OfferResponseStore.Counts::offerId)
                .containsExactly(ranked.id());
        assertThat(store.countsInSegment("blue", List.of())).isEmpty();
        assertThat(responses.learnedIn("blue", List.of(ranked, notRanked)).get(notRanked.id()).declined()).isEqualTo(1);
    }

    @Test
    void aRefusalComesBackToThePageInWords() throws Exception {
        int block = BLOCK.incrementAndGet();
        String msisdn = customer(block, 1, "yellow");
        Offer forRed = offer("W", "zone == 'red'", 5);
        String key = jdbc.sql("select customer_key::text from subscriber where msisdn = ?").param(msisdn).query(String.class).single();
        mvc.perform(post("/customers/" + key + "/offers/" + forRed.id()).param("outcome", "accepted").param("formKey", "w-" + forRed.code())
                        .with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("offerRefused", "该客户不符合此优惠的适用条件。"));
        assertThat(rows(forRed.id())).isZero();
    }
}
