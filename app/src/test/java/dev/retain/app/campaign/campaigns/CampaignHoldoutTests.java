package dev.retain.app.campaign.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.app.campaign.CampaignCallRequested;
import dev.retain.app.campaign.offer.OfferDraft;
import dev.retain.app.campaign.offer.Offers;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.ContactPolicy;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.MovableInstants;
import dev.retain.app.notify.NotifyTest;
import dev.retain.app.notify.OutboundMessage;
import dev.retain.app.notify.Outbox;
import dev.retain.app.notify.ScriptedGateway;
import dev.retain.app.notify.internal.Dispatcher;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs and the holdout at send time (issue 15 point 2), on the outbox's test context: a pinned clock (a Wednesday
 * 10:00 in Shanghai, outside quiet hours), the dispatcher run by hand, and a scripted SMS gateway that records what
 * reached it. Treated members are texted once, holdout members never — not even when a message tagged with the
 * campaign reaches the outbox by another path; a call campaign opens tasks for treated members only, the policy refuses a
 * holdout member's call, and a call of the campaign asked for a holdout member by another path opens no task.
 */
@NotifyTest
class CampaignHoldoutTests {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 5);
    private static final Instant TEN_AM = Instant.parse("2031-03-05T02:00:00Z");

    @Autowired Campaigns campaigns;
    @Autowired Offers offers;
    @Autowired CampaignOutcomes outcomes;
    @Autowired CampaignResponses responses;
    @Autowired dev.retain.app.campaign.CampaignCalls calls;
    @Autowired Outbox outbox;
    @Autowired Dispatcher dispatcher;
    @Autowired ContactPolicy policy;
    @Autowired MovableInstants clock;
    @Autowired @Qualifier("scriptedSmsGateway") ScriptedGateway sms;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired org.springframework.context.ApplicationEventPublisher events;

    private CampaignFixture fixture;

    @BeforeEach
    void setUp() {
        clock.set(TEN_AM);
        fixture = new CampaignFixture(jdbc, campaigns);
    }

    private Map<String, String> groups(long campaign) {
        return jdbc.sql("select msisdn, grp from campaign_member where campaign_id = ?").param(campaign)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private void dispatchAll() {
        for (int i = 0; i < 20 && !dispatcher.dispatchDue().idle(); i++) {
            // rounds until nothing is due
        }
    }

    private Set<String> textedNumbers() {
        return sms.received().stream().map(d -> dev.retain.engine.value.Msisdn.canonical(d.to())).collect(Collectors.toSet());
    }

    /** How many texts reached these numbers (other tests' campaigns go through the same gateway). */
    private long textsTo(List<String> numbers) {
        Set<String> wanted = Set.copyOf(numbers);
        return sms.received().stream().filter(d -> wanted.contains(dev.retain.engine.value.Msisdn.canonical(d.to()))).count();
    }

    @Test
    void aRunTextsTheTreatedOnlyAndAReRunMovesNobodyAndTextsNobodyTwice() {
        YearMonth month = fixture.factsMonth();
        String region = CampaignFixture.region();
        List<String> numbers = fixture.customers(month, 1, 60, region);
        long id = fixture.smsCampaign("春季关怀", region, "0.3", DAY.minusDays(1), DAY.plusDays(20));
        CampaignView c = campaigns.get(id);

        CampaignRunResult first = campaigns.run(id, "t-supervisor");
        assertThat(first.matched()).isEqualTo(60);
        assertThat(first.added()).isEqualTo(60);
        Map<String, String> groups = groups(id);
        // the group is the stable hash's: recomputed here from campaign, period and number alone
        for (String n : numbers) {
            boolean holdout = HoldoutDraw.of(id, c.startsOn(), c.endsOn(), n) < 0.3;
            assertThat(groups.get(n)).as(n).isEqualTo(holdout ? "holdout" : "treated");
        }
        Set<String> holdout = groups.entrySet().stream().filter(e -> e.getValue().equals("holdout")).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(holdout).isNotEmpty().hasSizeLessThan(60);
        assertThat(first.treated()).isEqualTo(60 - holdout.size());
        assertThat(first.messages()).isEqualTo(first.treated());

        dispatchAll();
        Set<String> texted = textedNumbers();
        for (String n : numbers) assertThat(texted.contains(n)).as(n).isEqualTo(!holdout.contains(n));
        assertThat(textsTo(numbers)).isEqualTo(first.treated());

        // a second run the same day: nobody moves, nobody is added, nothing is sent again
        CampaignRunResult second = campaigns.run(id, "t-supervisor");
        assertThat(second.matched()).isEqualTo(60);
        assertThat(second.added()).isZero();
        assertThat(groups(id)).isEqualTo(groups);
        dispatchAll();
        assertThat(textsTo(numbers)).isEqualTo(first.treated());

        // the same campaign's message to a holdout member by another path: the dispatcher suppresses it at send time
        String kept = holdout.iterator().next();
        long other = new TransactionTemplate(transactions).execute(s -> outbox.queue(new OutboundMessage(kept, null, Channel.SMS,
                MessageClass.MARKETING, null, null, "【保有测试】另一条路径的活动短信", c.purpose(), "other-path:" + id + ":" + kept, false)));
        // and a service message with the campaign's tag is stopped too: the holdout is the campaign's, whatever the class
        long service = new TransactionTemplate(transactions).execute(s -> outbox.queue(new OutboundMessage(kept, null, Channel.SMS,
                MessageClass.SERVICE, null, null, "活动通知（服务类）", c.purpose(), "other-path-service:" + id + ":" + kept, false)));
        dispatchAll();
        for (long m : List.of(other, service)) {
            assertThat(jdbc.sql("select state || ':' || state_reason from outbox_message where id = ?").param(m).query(String.class).single())
                    .isEqualTo("suppressed:holdout");
            assertThat(sms.received(m)).isEmpty();
        }
        assertThat(textedNumbers()).doesNotContain(kept);

        // a message to the same customer that is not the campaign's is no business of the veto: the usual policy decides
        long untagged = new TransactionTemplate(transactions).execute(s -> outbox.queue(new OutboundMessage(kept, null, Channel.SMS,
                MessageClass.SERVICE, null, null, "与活动无关的服务短信", "service_notice", "other-path-untagged:" + id + ":" + kept, false)));
        dispatchAll();
        assertThat(sms.received(untagged)).hasSize(1);
    }

    @Test
    void aCallCampaignOpensTasksForTheTreatedAndThePolicyRefusesAHoldoutCall() {
        YearMonth month = fixture.factsMonth();
        String region = CampaignFixture.region();
        List<String> numbers = fixture.customers(month, 2, 30, region);
        long id = campaigns.create(new CampaignDraft("外呼挽留", "region == \"" + region + "\"", List.of(), "call", null, null,
                new BigDecimal("0.25"), new BigDecimal("0"), DAY, DAY.plusDays(10)), "t-supervisor");
        CampaignView c = campaigns.get(id);
        CampaignRunResult run = campaigns.run(id, "t-supervisor");
        assertThat(run.tasks()).isEqualTo(run.treated());
        Map<String, String> groups = groups(id);
        // retention opens the tasks after the run's commit
        awaitDone("campaign-" + id + "-");
        for (String n : numbers) {
            int tasks = jdbc.sql("select count(*) from task where msisdn = ? and kind = 'campaign-call' and task_id like ?")
                    .params(n, "campaign-" + id + "-%").query(Integer.class).single();
            assertThat(tasks).as(n).isEqualTo(groups.get(n).equals("treated") ? 1 : 0);
            ContactPolicy.Decision call = policy.decide(n, Channel.CALL, MessageClass.MARKETING, TEN_AM, c.purpose());
            if (groups.get(n).equals("holdout")) {
                assertThat(call.verdict()).isEqualTo(ContactPolicy.Decision.Verdict.SUPPRESS);
                assertThat(call.reason()).isEqualTo("holdout");
            } else {
                assertThat(call.verdict()).isEqualTo(ContactPolicy.Decision.Verdict.ALLOW);
            }
        }
        assertThat(groups.values()).contains("holdout", "treated");

        // a call of the campaign for a holdout member asked for by another path: the task is not opened
        String kept = groups.entrySet().stream().filter(e -> e.getValue().equals("holdout")).map(Map.Entry::getKey).findFirst().orElseThrow();
        String taskId = "campaign-" + id + "-other-path";
        // as if that member had been given the task: a task not opened leaves the member uncontacted, with why
        jdbc.sql("update campaign_member set task_id = ? where campaign_id = ? and msisdn = ?").params(taskId, id, kept).update();
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(new CampaignCallRequested(taskId, kept,
                c.purpose(), 1, BigDecimal.ONE, DAY, null)));
        awaitDone(taskId);
        assertThat(jdbc.sql("select count(*) from task where task_id = ?").param(taskId).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select coalesce(task_id, '-') || ' ' || contact_refused from campaign_member where campaign_id = ? and msisdn = ?")
                .params(id, kept).query(String.class).single()).isEqualTo("- call: holdout");
        // the task's reason is the translated code; its page names the campaign
        String someTask = jdbc.sql("select task_id from task where task_id like ? limit 1").param("campaign-" + id + "-%").query(String.class).single();
        assertThat(jdbc.sql("select reasons from task where task_id = ?").param(someTask).query(String.class).single()).isEqualTo("campaign");
        assertThat(calls.describe(someTask, java.util.Locale.SIMPLIFIED_CHINESE)).hasValueSatisfying(d -> assertThat(d).contains("外呼挽留"));
        assertThat(calls.describe("T2026-10-13800000000", java.util.Locale.SIMPLIFIED_CHINESE)).isEmpty();

        // the managers' calls: one reached the customer who took the offer, one did not reach anyone
        List<String> treated = numbers.stream().filter(n -> groups.get(n).equals("treated")).toList();
        jdbc.sql("""
                        insert into contact (msisdn, channel, outcome, username, task_id) values
                        (?, 'phone_manager', 'accepted_offer', 'pm-t1', ?), (?, 'phone_manager', 'unreachable', 'pm-t1', ?)""")
                .params(treated.get(0), taskOf(id, treated.get(0)), treated.get(1), taskOf(id, treated.get(1)))
                .update();
        CampaignResults results = outcomes.of(id);
        assertThat(results.treatedResponded()).isEqualTo(1);
        assertThat(results.treatedConverted()).isEqualTo(1);
        assertThat(results.holdoutResponded()).isZero();
    }

    /** Waits until every event naming {@code text} (a task id or its prefix) has been handled by its listeners. */
    private void awaitDone(String text) {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            int open = jdbc.sql("select count(*) from event_publication where completion_date is null and serialized_event like ?")
                    .param("%" + text + "%").query(Integer.class).single();
            int seen = jdbc.sql("select count(*) from event_publication where serialized_event like ?").param("%" + text + "%")
                    .query(Integer.class).single();
            if (open == 0 && seen > 0) return;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("events naming " + text + " not handled within 20 s");
    }

    /**
     * Budget: each treated member reserves the offers' cost (here one gift at ¥10: ten treated members in ¥100); the
     * run stops admitting anyone, holdout included, at the first treated customer who no longer fits, so the members are
     * exactly the highest values at risk and both groups come from them. A second run adds nobody.
     */
    @Test
    void theBudgetStopsTheRunAtTheFirstTreatedCustomerItCannotPayFor() {
        YearMonth month = fixture.factsMonth();
        String region = CampaignFixture.region();
        List<String> numbers = fixture.customers(month, 4, 40, region); // values at risk 40, 39, … 1
        long gift = offers.create(new OfferDraft("CAMP-GIFT-" + System.nanoTime() % 100_000, "保温杯", "Thermos", "gift",
                Map.of("item", "保温杯", "value", "10"), "true", new BigDecimal("10"), DAY.minusDays(30), DAY.plusDays(60), null,
                new BigDecimal("0.2")), "t-supervisor");
        long id = campaigns.create(new CampaignDraft("预算活动", "region == \"" + region + "\"", List.of(gift), "sms", null,
                "【保有测试】送您保温杯一只", new BigDecimal("0.2"), new BigDecimal("100"), DAY, DAY.plusDays(5)), "t-supervisor");
        assertThat(campaigns.get(id).costPerMember()).isEqualByComparingTo("10");

        CampaignRunResult run = campaigns.run(id, "t-supervisor");
        CampaignView c = campaigns.get(id);
        assertThat(run.treated()).isEqualTo(10);
        assertThat(c.treated()).isEqualTo(10);
        assertThat(c.reserved()).isEqualByComparingTo("100");
        Map<String, String> groups = groups(id);
        int members = groups.size();
        assertThat(numbers.subList(0, members)).containsExactlyInAnyOrderElementsOf(groups.keySet());
        assertThat(run.overBudget()).isEqualTo(40 - members);
        // the first customer left out would have been treated: the draw says so
        if (members < 40) assertThat(HoldoutDraw.of(id, c.startsOn(), c.endsOn(), numbers.get(members))).isGreaterThanOrEqualTo(0.2);

        CampaignRunResult again = campaigns.run(id, "t-supervisor");
        assertThat(again.added()).isZero();
        assertThat(again.overBudget()).isEqualTo(40 - members);
        assertThat(groups(id)).isEqualTo(groups);
    }

    /** The daily job's choice: automatic campaigns within their schedule that never ran; after a run, no more. */
    @Test
    void theDailyJobRunsAnAutomaticCampaignOnceWithinItsSchedule() {
        String region = CampaignFixture.region();
        fixture.customers(fixture.factsMonth(), 5, 5, region);
        BigDecimal share = new BigDecimal("0.2");
        long auto = campaigns.create(new CampaignDraft("自动执行", "region == \"" + region + "\"", List.of(), "sms", null, "文本", share,
                BigDecimal.ZERO, DAY, DAY.plusDays(3), true), "t-supervisor");
        long manual = campaigns.create(new CampaignDraft("手动执行", "region == \"" + region + "\"", List.of(), "sms", null, "文本", share,
                BigDecimal.ZERO, DAY, DAY.plusDays(3), false), "t-supervisor");
        long later = campaigns.create(new CampaignDraft("明天自动", "region == \"" + region + "\"", List.of(), "sms", null, "文本", share,
                BigDecimal.ZERO, DAY.plusDays(1), DAY.plusDays(3), true), "t-supervisor");
        assertThat(campaigns.dueAutomatically()).contains(auto).doesNotContain(manual, later);
        campaigns.run(auto, "schedule");
        assertThat(campaigns.dueAutomatically()).doesNotContain(auto);
        assertThat(campaigns.get(auto).members()).isEqualTo(5);
    }

    @Test
    void aRunOutsideTheScheduleAndABadTargetRuleAreRefused() {
        String region = CampaignFixture.region();
        long later = fixture.smsCampaign("未开始", region, "0.1", DAY.plusDays(1), DAY.plusDays(9));
        assertThatThrownBy(() -> campaigns.run(later, "t-supervisor")).isInstanceOf(CampaignRefused.class)
                .extracting(e -> ((CampaignRefused) e).code()).isEqualTo("campaigns.error.not-started");
        long over = fixture.smsCampaign("已结束", region, "0.1", DAY.minusDays(9), DAY.minusDays(1));
        assertThatThrownBy(() -> campaigns.run(over, "t-supervisor")).isInstanceOf(CampaignRefused.class)
                .extracting(e -> ((CampaignRefused) e).code()).isEqualTo("campaigns.error.ended");
        assertThat(jdbc.sql("select count(*) from campaign_run where campaign_id in (?, ?)").params(later, over).query(Integer.class).single())
                .isZero();

        CampaignDraft bad = new CampaignDraft("坏规则", "zone == 3", List.of(), "sms", null, "文本", new BigDecimal("0.1"), BigDecimal.ZERO,
                DAY, DAY);
        assertThatThrownBy(() -> campaigns.create(bad, "t-supervisor")).isInstanceOf(CampaignRefused.class).satisfies(e -> {
            CampaignRefused r = (CampaignRefused) e;
            assertThat(r.field()).isEqualTo("targetRule");
            assertThat(r.args()).hasSize(1);
            assertThat(String.valueOf(r.args()[0])).isNotBlank();
        });
        CampaignDraft unknown = new CampaignDraft("未知事实", "shoe_size > 40", List.of(), "sms", null, "文本", new BigDecimal("0.1"),
                BigDecimal.ZERO, DAY, DAY);
        assertThatThrownBy(() -> campaigns.create(unknown, "t-supervisor")).isInstanceOf(CampaignRefused.class)
                .extracting(e -> ((CampaignRefused) e).field()).isEqualTo("targetRule");
        CampaignDraft both = new CampaignDraft("两者皆有", "zone == \"red\"", List.of(), "sms", "t-greeting", "文本", new BigDecimal("0.1"),
                BigDecimal.ZERO, DAY, DAY);
        assertThatThrownBy(() -> campaigns.create(both, "t-supervisor")).extracting(e -> ((CampaignRefused) e).field()).isEqualTo("text");
        CampaignDraft share = new CampaignDraft("对照过大", "zone == \"red\"", List.of(), "sms", null, "文本", new BigDecimal("0.6"),
                BigDecimal.ZERO, DAY, DAY);
        assertThatThrownBy(() -> campaigns.create(share, "t-supervisor")).extracting(e -> ((CampaignRefused) e).field())
                .isEqualTo("holdoutShare");
    }

    @Test
    void responsesConversionsAndTheUpliftOnceTheMeasureMonthHasItsCycle() throws Exception {
        YearMonth month = fixture.factsMonth();
        String region = CampaignFixture.region();
        List<String> numbers = fixture.customers(month, 3, 200, region);
        long id = fixture.smsCampaign("保有评估", region, "0.5", DAY.minusDays(2), DAY.plusDays(3));
        campaigns.run(id, "t-supervisor");
        Map<String, String> groups = groups(id);
        List<String> treated = numbers.stream().filter(n -> groups.get(n).equals("treated")).toList();
        List<String> holdout = numbers.stream().filter(n -> groups.get(n).equals("holdout")).toList();
        assertThat(treated).hasSizeGreaterThan(50);
        assertThat(holdout).hasSizeGreaterThan(50);

        // replies: a treated member's text, as notify publishes it, is a response (once per message), a holdout member's is none
        String ref = "sms:t-" + id + "-1";
        new TransactionTemplate(transactions).executeWithoutResult(x -> events.publishEvent(
                new dev.retain.app.notify.CustomerTextReceived(Channel.SMS, treated.get(0), "1", TEN_AM, ref)));
        awaitDone(ref);
        assertThat(jdbc.sql("select count(*) from campaign_response where campaign_id = ? and source_ref = ?").params(id, ref)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(responses.replied(treated.get(0), TEN_AM, ref)).isFalse();
        assertThat(responses.replied(holdout.get(0), TEN_AM, "sms:t-" + id + "-2")).isFalse();
        // conversions from a CSV: two members and one line repeated (a file with a refused line records nothing: see CampaignRunSafetyTests)
        String csv = "msisdn,reference\n" + treated.get(1) + ",BOSS-1\n" + holdout.get(1) + ",BOSS-2\n" + treated.get(1) + ",BOSS-1\n";
        CampaignResponses.ImportResult imported = responses.importCsv(id, new java.io.StringReader(csv), "t-supervisor");
        assertThat(imported.lines()).isEqualTo(3);
        assertThat(imported.recorded()).isEqualTo(2);
        assertThat(imported.repeated()).isEqualTo(1);
        assertThat(imported.refused()).isEmpty();

        CampaignResults before = outcomes.of(id);
        assertThat(before.measured()).isFalse();
        assertThat(before.measureMonth()).isEqualTo(YearMonth.of(2031, 4));
        assertThat(before.treatedResponded()).isEqualTo(1);
        assertThat(before.holdoutResponded()).isZero();
        assertThat(before.treatedConverted()).isEqualTo(1);
        assertThat(before.holdoutConverted()).isEqualTo(1);
        assertThat(before.retention()).isNull();

        // the measure month's cycle: 90 % of the treated stay with a bill of 100, 60 % of the holdout with 80
        YearMonth measure = YearMonth.of(2031, 4);
        for (int i = 0; i < treated.size(); i++) fixture.segment(measure, treated.get(i), i % 10 != 0, new BigDecimal("100"));
        for (int i = 0; i < holdout.size(); i++) fixture.segment(measure, holdout.get(i), i % 10 < 6, new BigDecimal("80"));
        CampaignResults after = outcomes.of(id);
        assertThat(after.measured()).isTrue();
        double pT = after.treatedRetained() / (double) after.treated();
        double pH = after.holdoutRetained() / (double) after.holdout();
        assertThat(after.retention().estimate()).isCloseTo(pT - pH, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(after.retention().low()).isPositive().isLessThan(after.retention().estimate());
        assertThat(after.retention().high()).isGreaterThan(after.retention().estimate()).isLessThan(1);
        assertThat(after.revenue().treated()).isCloseTo(100 * pT, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(after.revenue().holdout()).isCloseTo(80 * pH, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(after.revenue().significant()).isTrue();
        assertThat(after.incrementalRevenue().estimate()).isCloseTo(after.revenue().estimate() * after.treated(),
                org.assertj.core.data.Offset.offset(1e-6));
    }

    private String taskOf(long campaignId, String msisdn) {
        return jdbc.sql("select task_id from campaign_member where campaign_id = ? and msisdn = ?").params(campaignId, msisdn)
                .query(String.class).single();
    }
}
