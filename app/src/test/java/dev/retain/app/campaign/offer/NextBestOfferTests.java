package dev.retain.app.campaign.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.segment.RuleFactsFixture;
import dev.retain.engine.rules.Facts;
import dev.retain.engine.task.TaskPlanner;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The next best offer (SPEC R7.3) on the real database: the ranking's arithmetic and its reason in words, eligibility
 * (the rule, retired, out of date, out of stock), the decline window, acceptance learned per offer and zone from the
 * answers, the stock an acceptance takes, who may record an answer, and the ranking on the 360 view and a task page.
 * MSISDNs 137930xxxxx, offer codes "TN…". Other tests' offers share the database: assertions look at this class's codes.
 */
@RetainWebTest
class NextBestOfferTests {

    private static final AtomicInteger BLOCK = new AtomicInteger(10);
    private static final YearMonth MONTH = YearMonth.of(2026, 10);

    @Autowired NextBestOffers nbo;
    @Autowired OfferResponses responses;
    @Autowired Offers offers;
    @Autowired RetentionSettings retentionSettings;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;

    private Facts facts(String zone, double churn, double bill, long tenure) {
        Facts f = new Facts();
        f.zone = zone;
        f.churnScore = churn;
        f.bill = bill;
        f.tenureMonths = tenure;
        f.tier = "gold";
        return f;
    }

    private String customer(int block, int i, Facts f) {
        String msisdn = OfferFixture.number(block, i);
        new RuleFactsFixture(jdbc).put(MONTH, msisdn, f);
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date)
                        values (?, ?, '王五', 'hangzhou', 'gotone', date '2016-03-01') on conflict (msisdn) do nothing""")
                .params(msisdn, msisdn).update();
        return msisdn;
    }

    /** An offer for this class's customers only (tenure 4321: nobody else's facts), with the given cost and prior. */
    private Offer offer(String marker, String rule, String cost, Integer stock, String prior, LocalDate from, LocalDate to) {
        String code = OfferFixture.code("TN" + marker);
        long id = offers.create(new OfferDraft(code, "优惠" + marker, "Offer " + marker, "gift", java.util.Map.of("item", "杯子", "value", "30"),
                "tenure_months == 4321 && (" + rule + ")", new BigDecimal(cost), from, to, stock, new BigDecimal(prior)), "t-supervisor");
        return offers.get(id);
    }

    private Offer offer(String marker, String rule, String cost, Integer stock, String prior) {
        LocalDate today = LocalDate.now();
        return offer(marker, rule, cost, stock, prior, today.minusDays(10), today.plusDays(30));
    }

    private List<String> rankedCodes(String msisdn, Set<String> mine) {
        return nbo.of(msisdn, Locale.SIMPLIFIED_CHINESE).orElseThrow().ranked().stream().map(r -> r.offer().code())
                .filter(mine::contains).toList();
    }

    @Test
    void eligibleOffersAreRankedByExpectedValueWithTheReasonInWords() {
        int block = BLOCK.incrementAndGet();
        String msisdn = customer(block, 1, facts("yellow", 0.62, 188, 4321));
        Offer a = offer("A", "zone == 'yellow'", "20", null, "0.24");
        Offer b = offer("B", "bill > 100.0", "5", 10, "0.10");
        Offer ineligible = offer("C", "zone == 'red'", "1", null, "0.9");
        Offer retired = offer("D", "true", "1", null, "0.9");
        offers.setActive(retired.id(), retired.version(), false, "t-supervisor");
        Offer expired = offer("E", "true", "1", null, "0.9", LocalDate.now().minusDays(60), LocalDate.now().minusDays(10));
        Offer empty = offer("F", "true", "1", 0, "0.9");
        Set<String> mine = Set.of(a.code(), b.code(), ineligible.code(), retired.code(), expired.code(), empty.code());

        NextBestOfferView view = nbo.of(msisdn, Locale.SIMPLIFIED_CHINESE).orElseThrow();
        assertThat(view.month()).isEqualTo(MONTH);
        assertThat(view.segment()).isEqualTo("yellow");
        assertThat(rankedCodes(msisdn, mine)).containsExactly(a.code(), b.code());

        // by hand: 0.62 × 188 = 116.56 a month at risk; A: 116.56 × 0.24 × h − 20; B: 116.56 × 0.10 × h − 5
        int h = retentionSettings.cycleSettings().horizonMonths();
        RankedOffer ra = view.ranked().stream().filter(r -> r.offer().id() == a.id()).findFirst().orElseThrow();
        RankedOffer rb = view.ranked().stream().filter(r -> r.offer().id() == b.id()).findFirst().orElseThrow();
        assertThat(ra.expectedValue()).isEqualByComparingTo(new BigDecimal("27.9744").multiply(BigDecimal.valueOf(h)).subtract(BigDecimal.valueOf(20))
                .setScale(2, RoundingMode.HALF_UP));
        assertThat(rb.expectedValue()).isEqualByComparingTo(new BigDecimal("11.656").multiply(BigDecimal.valueOf(h)).subtract(BigDecimal.valueOf(5))
                .setScale(2, RoundingMode.HALF_UP));
        if (h == 2) {
            assertThat(ra.expectedValue()).isEqualByComparingTo("35.95");
            assertThat(ra.reason()).isEqualTo("流失概率 62.0% × 月消费 ¥188 × 接受率 24.0%（黄区尚无回应，取先验）× 2 个月 − 成本 ¥20 = ¥35.95");
        }
        assertThat(ra.reason()).startsWith("流失概率 62.0% × 月消费 ¥188 × 接受率 24.0%");
        String english = nbo.of(msisdn, Locale.ENGLISH).orElseThrow().ranked().stream().filter(r -> r.offer().id() == a.id()).findFirst()
                .orElseThrow().reason();
        assertThat(english).startsWith("churn 62.0% × monthly bill ¥188 × acceptance 24.0% (the prior: no answers in the yellow zone yet)");

        // an offer whose cost outweighs what it may keep still shows, last, with a negative value
        Offer dear = offer("G", "true", "500", null, "0.5");
        Set<String> withDear = new java.util.HashSet<>(mine);
        withDear.add(dear.code());
        assertThat(rankedCodes(msisdn, withDear)).containsExactly(a.code(), b.code(), dear.code());
        assertThat(nbo.of(msisdn, Locale.SIMPLIFIED_CHINESE).orElseThrow().ranked().stream().filter(r -> r.offer().id() == dear.id())
                .findFirst().orElseThrow().worthIt()).isFalse();

        // a customer without facts gets no ranking
        assertThat(nbo.of(OfferFixture.number(block, 999), Locale.SIMPLIFIED_CHINESE)).isEmpty();
    }

    @Test
    void theReasonShowsItsPercentagesToOneDecimalAndSaysTheyAreRounded() {
        int block = BLOCK.incrementAndGet();
        String msisdn = customer(block, 1, facts("yellow", 0.6234, 188, 4321));
        Offer a = offer("R", "true", "20", null, "0.2456");
        RankedOffer r = nbo.of(msisdn, Locale.SIMPLIFIED_CHINESE).orElseThrow().ranked().stream().filter(x -> x.offer().id() == a.id())
                .findFirst().orElseThrow();
        assertThat(r.reason()).startsWith("流失概率 62.3% × 月消费 ¥188 × 接受率 24.6%");
        // the value is computed from the unrounded figures: 0.6234 × 188 × 0.2456 × h − 20
        int h = retentionSettings.cycleSettings().horizonMonths();
        assertThat(r.expectedValue()).isEqualByComparingTo(new BigDecimal("0.6234").multiply(new BigDecimal("188")).multiply(new BigDecimal("0.2456"))
                .multiply(BigDecimal.valueOf(h)).subtract(BigDecimal.valueOf(20)).setScale(2, RoundingMode.HALF_UP));
        assertThat(r.reason()).endsWith("= ¥" + r.expectedValue().toPlainString());
    }

    @Test
    void aCustomerWithoutABillOrAChurnScoreGetsNoRankingAndTheReasonWhy() throws Exception {
        int block = BLOCK.incrementAndGet();
        String noBill = customer(block, 1, facts("yellow", 0.5, 100, 4321));
        String noChurn = customer(block, 2, facts("yellow", 0.5, 100, 4321));
        Offer a = offer("U", "true", "1", null, "0.3");
        jdbc.sql("update rule_facts set bill = null where msisdn = ?").param(noBill).update();
        jdbc.sql("update rule_facts set churn_score = null where msisdn = ?").param(noChurn).update();
        for (String msisdn : List.of(noBill, noChurn)) {
            NextBestOfferView view = nbo.of(msisdn, Locale.ENGLISH).orElseThrow();
            assertThat(view.ranked()).isEmpty();
            assertThat(view.unvalued()).isEqualTo("The facts of 2026-10 have no monthly bill or no churn score for this customer: the offers "
                    + "cannot be valued, so none is ranked.");
        }
        assertThat(nbo.of(customer(block, 3, facts("yellow", 0.5, 100, 4321)), Locale.ENGLISH).orElseThrow().ranked())
                .anyMatch(r -> r.offer().id() == a.id());
        // and the 360 view says so instead of failing
        String key = jdbc.sql("select customer_key::text from subscriber where msisdn = ?").param(noBill).query(String.class).single();
        assertThat(mvc.perform(get("/customers/" + key).with(logins.as(TestLogins.SUPERVISOR))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("id=\"nbo-unvalued\"", "缺少月消费或流失概率").doesNotContain("id=\"nbo-none\"");
    }

    @Test
    void aDeclinedOfferIsNotOfferedAgainWithinTheWindow() {
        int block = BLOCK.incrementAndGet();
        String msisdn = customer(block, 1, facts("red", 0.5, 100, 4321));
        Offer a = offer("W", "true", "1", null, "0.3");
        Offer b = offer("X", "true", "1", null, "0.2");
        Set<String> mine = Set.of(a.code(), b.code());
        assertThat(rankedCodes(msisdn, mine)).containsExactly(a.code(), b.code());

        long answer = responses.record(msisdn, a.id(), OfferOutcome.DECLINED, null, null, TestLogins.PHONE);
        NextBestOfferView view = nbo.of(msisdn, Locale.SIMPLIFIED_CHINESE).orElseThrow();
        assertThat(rankedCodes(msisdn, mine)).containsExactly(b.code());
        assertThat(view.declinedRecently()).extracting(Offer::code).contains(a.code());
        assertThat(view.declineWindowDays()).isEqualTo(90);

        // 89 days later still out; 91 days later it may be offered again
        jdbc.sql("update offer_response set recorded_at = now() - interval '89 days' where id = ?").param(answer).update();
        assertThat(rankedCodes(msisdn, mine)).containsExactly(b.code());
        jdbc.sql("update offer_response set recorded_at = now() - interval '91 days' where id = ?").param(answer).update();
        assertThat(rankedCodes(msisdn, mine)).containsExactly(a.code(), b.code());
        // another customer was never held back
        String other = customer(block, 2, facts("red", 0.5, 100, 4321));
        responses.record(other, b.id(), OfferOutcome.DECLINED, null, null, TestLogins.PHONE);
        assertThat(rankedCodes(msisdn, mine)).containsExactly(a.code(), b.code());
    }

    @Test
    void aCampaignsHoldoutIsNotOfferedItsOffersByHandUntilTheMeasureMonthHasEnded() {
        int block = BLOCK.incrementAndGet();
        String held = customer(block, 1, facts("yellow", 0.5, 100, 4321));
        String treated = customer(block, 2, facts("yellow", 0.5, 100, 4321));
        Offer a = offer("H", "true", "1", null, "0.3");
        Offer b = offer("I", "true", "1", null, "0.2");
        Set<String> mine = Set.of(a.code(), b.code());
        LocalDate today = LocalDate.now();
        long campaign = jdbc.sql("""
                        insert into campaign (name, target_rule, channel, body, holdout_share, budget, starts_on, ends_on, created_at, created_by)
                        values ('留出组测试', 'true', 'sms', 'hello', 0.5, 0, ?, ?, now(), 't') returning id""")
                .params(java.sql.Date.valueOf(today.minusDays(5)), java.sql.Date.valueOf(today.plusDays(5))).query(Long.class).single();
        jdbc.sql("insert into campaign_offer (campaign_id, offer_id) values (?, ?)").params(campaign, a.id()).update();
        long run = jdbc.sql("""
                        insert into campaign_run (campaign_id, facts_month, started_at, started_by, matched, added, treated, over_budget)
                        values (?, '2026-10', now(), 't', 2, 2, 1, 0) returning id""").param(campaign).query(Long.class).single();
        for (String[] m : new String[][] {{held, "holdout"}, {treated, "treated"}}) {
            jdbc.sql("""
                            insert into campaign_member (campaign_id, msisdn, grp, draw, value_at_risk, run_id, added_at)
                            values (?, ?, ?, 0.5, 100, ?, now())""").params(campaign, m[0], m[1], run).update();
        }

        assertThat(rankedCodes(held, mine)).as("the holdout: not this campaign's offer").containsExactly(b.code());
        assertThat(rankedCodes(treated, mine)).containsExactly(a.code(), b.code());
        // once the measure month (the month after the end) is over, the offer is the holdout's too
        jdbc.sql("update campaign set starts_on = ?, ends_on = ? where id = ?")
                .params(java.sql.Date.valueOf(today.minusMonths(3).withDayOfMonth(1)), java.sql.Date.valueOf(today.minusMonths(3).withDayOfMonth(1)), campaign)
                .update();
        assertThat(rankedCodes(held, mine)).containsExactly(a.code(), b.code());
    }

    @Test
    void acceptanceIsLearnedPerOfferAndZoneFromThePrior() {
        int block = BLOCK.incrementAndGet();
        Offer a = offer("L", "true", "10", 100, "0.24");
        // ten yellow customers: 3 accept, 7 decline; two red: both accept
        for (int i = 0; i < 10; i++) {
            String msisdn = customer(block, i, facts("yellow", 0.4, 120, 4321));
            responses.record(msisdn, a.id(), i < 3 ? OfferOutcome.ACCEPTED : OfferOutcome.DECLINED, null, null, TestLogins.PHONE);
        }
        for (int i = 10; i < 12; i++) {
            responses.record(customer(block, i, facts("red", 0.4, 120, 4321)), a.id(), OfferOutcome.ACCEPTED, null, 77L, TestLogins.SUPERVISOR);
        }
        int w = responses.priorWeight();
        var learned = responses.learned(a.id()).stream().collect(Collectors.toMap(LearnedAcceptance::segment, l -> l));
        assertThat(learned.keySet()).containsExactlyInAnyOrder("yellow", "red");
        assertThat(learned.get("yellow").accepted()).isEqualTo(3);
        assertThat(learned.get("yellow").declined()).isEqualTo(7);
        assertThat(learned.get("yellow").rate()).isCloseTo((0.24 * w + 3) / (w + 10), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(learned.get("red").rate()).isCloseTo((0.24 * w + 2) / (w + 2), org.assertj.core.data.Offset.offset(1e-9));
        if (w == 20) assertThat(learned.get("yellow").rate()).isCloseTo(0.26, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(responses.learned()).anyMatch(l -> l.offerId() == a.id() && l.segment().equals("red") && l.accepted() == 2);
        // five acceptances took five of the stock
        assertThat(offers.get(a.id()).stock()).isEqualTo(95);
        assertThat(offers.get(a.id()).taken()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from offer_response where offer_id = ? and campaign_id = 77").param(a.id()).query(Integer.class).single())
                .isEqualTo(2);

        // a new yellow customer sees the learned rate, and the reason says where it came from
        String fresh = customer(block, 50, facts("yellow", 0.5, 100, 4321));
        RankedOffer r = nbo.of(fresh, Locale.SIMPLIFIED_CHINESE).orElseThrow().ranked().stream().filter(x -> x.offer().id() == a.id())
                .findFirst().orElseThrow();
        assertThat(r.acceptance().rate()).isEqualTo(learned.get("yellow").rate());
        assertThat(r.reason()).contains("黄区 10 次回应中学得");
        // an offer's page shows what was learned
        assertThat(responses.learned(a.id())).hasSize(2);
    }

    @Test
    void anAcceptanceTakesStockAndIsRefusedWhenNoneIsLeft() {
        int block = BLOCK.incrementAndGet();
        Offer a = offer("S", "true", "10", 1, "0.24");
        String first = customer(block, 1, facts("green", 0.1, 50, 4321));
        String second = customer(block, 2, facts("green", 0.1, 50, 4321));
        responses.record(first, a.id(), OfferOutcome.ACCEPTED, null, null, TestLogins.SUPERVISOR);
        assertThat(offers.get(a.id()).stock()).isZero();
        try {
            responses.record(second, a.id(), OfferOutcome.ACCEPTED, null, null, TestLogins.SUPERVISOR);
            throw new AssertionError("accepted without stock");
        } catch (OfferRefused e) {
            assertThat(e.code()).isEqualTo("offer.error.no-stock");
        }
        assertThat(jdbc.sql("select count(*) from offer_response where offer_id = ?").param(a.id()).query(Integer.class).single()).isEqualTo(1);
        // and with no stock left it is no longer offered
        assertThat(rankedCodes(second, Set.of(a.code()))).isEmpty();
    }

    @Test
    void theRankingShowsOnThe360AndTheTaskPageAndOnlyTheCustomersManagerOrASupervisorRecordsAnAnswer() throws Exception {
        int block = BLOCK.incrementAndGet();
        String msisdn = customer(block, 1, facts("yellow", 0.62, 188, 4321));
        jdbc.sql("insert into assignment (msisdn, manager_id, role, reason, month, assigned_by) values (?, ?, 'customer_manager', 'manual', ?, 'test')")
                .params(msisdn, TestLogins.CUSTOMER_MANAGER.toUpperCase(), MONTH.toString()).update();
        String key = jdbc.sql("select customer_key::text from subscriber where msisdn = ?").param(msisdn).query(String.class).single();
        Offer a = offer("P", "zone == 'yellow'", "20", 3, "0.24");

        String page = mvc.perform(get("/customers/" + key).with(logins.as(TestLogins.CUSTOMER_MANAGER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("最佳推荐优惠", "优惠P", "流失概率 62.0% × 月消费 ¥188 × 接受率 24.0%", "accept-" + a.code());
        assertThat(mvc.perform(get("/customers/" + key).param("lang", "en").with(logins.as(TestLogins.ANALYST))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Next best offer", "Offer P").doesNotContain("accept-" + a.code());

        for (String wrong : List.of(TestLogins.OTHER_CUSTOMER_MANAGER, TestLogins.ANALYST, TestLogins.ADMIN, TestLogins.HANDLER)) {
            mvc.perform(post("/customers/" + key + "/offers/" + a.id()).param("outcome", "accepted").with(logins.as(wrong)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(offers.get(a.id()).stock()).isEqualTo(3);
        mvc.perform(post("/customers/" + key + "/offers/" + a.id()).param("outcome", "accepted").with(logins.as(TestLogins.CUSTOMER_MANAGER)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("offerRecorded", "已登记：客户接受了优惠P。"));
        assertThat(offers.get(a.id()).stock()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'offer_response' and subject = ?").param(msisdn).query(Integer.class)
                .single()).isEqualTo(1);

        // a task of the customer: the ranking there too, and an answer recorded against the task
        jdbc.sql("""
                        insert into segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk)
                        values (?, ?, 'gold', 'imported', 'yellow', 'nbo_test', 0.62, 233.12) on conflict do nothing""")
                .params(MONTH.toString(), msisdn).update();
        String taskId = TaskPlanner.taskId(MONTH, msisdn);
        jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, priority, value_at_risk, due_date, manager_id)
                        values (?, ?, ?, 'retention', 'yellow_zone', 100, 233.12, current_date + 10, ?)""")
                .params(taskId, msisdn, MONTH.toString(), TestLogins.CUSTOMER_MANAGER.toUpperCase()).update();
        // P was accepted (once while it runs): the task page shows it as accepted, and ranks Q
        Offer q = offer("Q", "zone == 'yellow'", "20", null, "0.2");
        assertThat(mvc.perform(get("/tasks/" + taskId + "/handle").with(logins.as(TestLogins.CUSTOMER_MANAGER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("最佳推荐优惠", "优惠Q", "decline-" + q.code(), "nbo-accepted", "优惠P")
                .doesNotContain("decline-" + a.code());
        mvc.perform(post("/tasks/" + taskId + "/offers/" + q.id()).param("outcome", "declined").with(logins.as(TestLogins.OTHER_CUSTOMER_MANAGER))
                .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/tasks/" + taskId + "/offers/" + q.id()).param("outcome", "declined").with(logins.as(TestLogins.CUSTOMER_MANAGER))
                .with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("offerRecorded", "已登记：客户拒绝了优惠Q，90 天内不再推荐。"));
        assertThat(jdbc.sql("select task_id from offer_response where msisdn = ? and outcome = 'declined'").param(msisdn).query(String.class).single())
                .isEqualTo(taskId);
        assertThat(rankedCodes(msisdn, Set.of(q.code()))).isEmpty();
        assertThat(rankedCodes(msisdn, Set.of(a.code(), q.code()))).isEmpty();
    }
}
