package dev.retain.app.campaign.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.MovableInstants;
import dev.retain.app.notify.NotifyTest;
import dev.retain.app.notify.OutboundMessage;
import dev.retain.app.notify.Outbox;
import dev.retain.app.notify.ScriptedGateway;
import dev.retain.app.notify.internal.Dispatcher;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The code review's findings on runs (issue 15): the holdout before the draw, templates that do not render, the budget
 * once spent, the daily job. Same context as {@link CampaignHoldoutTests}: a pinned clock, the dispatcher by hand.
 */
@NotifyTest
class CampaignRunSafetyTests {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 5);
    private static final Instant TEN_AM = Instant.parse("2031-03-05T02:00:00Z");

    @Autowired Campaigns campaigns;
    @Autowired CampaignResponses responses;
    @Autowired dev.retain.app.campaign.offer.Offers offers;
    @Autowired Outbox outbox;
    @Autowired Dispatcher dispatcher;
    @Autowired MovableInstants clock;
    @Autowired @Qualifier("scriptedSmsGateway") ScriptedGateway sms;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private CampaignFixture fixture;

    @BeforeEach
    void setUp() {
        clock.set(TEN_AM);
        fixture = new CampaignFixture(jdbc, campaigns);
    }

    private void dispatchAll() {
        for (int i = 0; i < 20 && !dispatcher.dispatchDue().idle(); i++) {
            // rounds until nothing is due
        }
    }

    private long queue(String msisdn, String reason, String key) {
        return new TransactionTemplate(transactions).execute(s -> outbox.queue(new OutboundMessage(msisdn, null, Channel.SMS,
                MessageClass.MARKETING, null, null, "【保有测试】运行前的活动短信", reason, key, false)));
    }

    private String state(long message) {
        return jdbc.sql("select state || ':' || coalesce(state_reason, '') from outbox_message where id = ?").param(message)
                .query(String.class).single();
    }

    /** A message tagged with the campaign, queued before its first run, to a customer the draw puts in the holdout: stopped. */
    @Test
    void aMessageQueuedBeforeTheFirstRunToAFutureHoldoutMemberIsSuppressed() {
        YearMonth month = fixture.factsMonth();
        String region = CampaignFixture.region();
        List<String> numbers = fixture.customers(month, 11, 40, region);
        long id = fixture.smsCampaign("运行前", region, "0.3", DAY.minusDays(1), DAY.plusDays(20));
        CampaignView c = campaigns.get(id);
        String future = numbers.stream().filter(n -> HoldoutDraw.of(id, c.startsOn(), c.endsOn(), n) < 0.3).findFirst().orElseThrow();
        String treated = numbers.stream().filter(n -> HoldoutDraw.of(id, c.startsOn(), c.endsOn(), n) >= 0.3).findFirst().orElseThrow();

        long early = queue(future, c.purpose(), "early:" + id + ":" + future);
        long suffixed = queue(future, "Campaign:" + id + ":reminder", "early-reminder:" + id + ":" + future);
        long allowed = queue(treated, c.purpose(), "early:" + id + ":" + treated);
        dispatchAll();
        assertThat(state(early)).isEqualTo("suppressed:holdout");
        assertThat(state(suffixed)).isEqualTo("suppressed:holdout");
        assertThat(sms.received(early)).isEmpty();
        assertThat(sms.received(allowed)).hasSize(1);

        // the run then draws that customer into the holdout, as the veto said
        campaigns.run(id, "t-supervisor");
        assertThat(jdbc.sql("select grp from campaign_member where campaign_id = ? and msisdn = ?").params(id, future).query(String.class)
                .single()).isEqualTo("holdout");
    }

    /** A reason that looks like a campaign's tag but names no campaign is refused when queued: it would escape the veto. */
    @Test
    void aMalformedCampaignReasonIsRefusedWhenQueued() {
        String n = CampaignFixture.number(16, 1);
        for (String reason : List.of("campaign:", "campaign:abc", "Campaign:12x")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> queue(n, reason, "malformed:" + reason + ":" + System.nanoTime()))
                    .as(reason).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("campaign:<id>");
        }
        assertThat(queue(n, "campaign:999999999:reminder", "wellformed:" + System.nanoTime())).isPositive();
    }

    @Test
    void aPurposeNamesItsCampaignLeniently() {
        assertThat(CampaignHoldoutVeto.campaignOf("campaign:12")).contains(12L);
        assertThat(CampaignHoldoutVeto.campaignOf("CAMPAIGN:12:reminder")).contains(12L);
        assertThat(CampaignHoldoutVeto.campaignOf("campaign:12abc")).isEmpty();
        assertThat(CampaignHoldoutVeto.campaignOf("campaign:")).isEmpty();
        assertThat(CampaignHoldoutVeto.campaignOf("service_notice")).isEmpty();
    }

    /**
     * A conversions file is all or nothing: one refused line and nothing is recorded; every refusal names its physical
     * line (blank lines count) and its field; an over-long line is refused; a reference given for another number is
     * refused, not counted as repeated. The corrected file then records.
     */
    @Test
    void aConversionsFileIsAllOrNothingAndNamesEachRefusedLineAndField() throws Exception {
        YearMonth month = fixture.factsMonth();
        String region = CampaignFixture.region();
        List<String> numbers = fixture.customers(month, 13, 10, region);
        long id = fixture.smsCampaign("转化导入", region, "0.3", DAY.minusDays(1), DAY.plusDays(9));
        campaigns.run(id, "t-supervisor");
        String ref = "BOSS-" + id;
        String bad = "msisdn,reference\n"
                + numbers.get(0) + "," + ref + "-1\n"               // 2: fine
                + "\n"                                              // 3: blank, counted
                + "abc-1," + ref + "-2\n"                           // 4: not a number
                + numbers.get(1) + ",\n"                            // 5: no reference
                + CampaignFixture.number(99, 998) + "," + ref + "-3\n" // 6: not a member
                + numbers.get(2) + "," + ref + "-1\n"               // 7: line 2's reference for another number
                + numbers.get(3) + "," + "x".repeat(300) + "\r\n"  // 8: too long
                + "only-one-column\n";                              // 9
        CampaignResponses.ImportResult refused = responses.importCsv(id, new java.io.StringReader(bad), "t-supervisor");
        assertThat(refused.recorded()).isZero();
        assertThat(refused.refused()).extracting(CampaignResponses.Refusal::line).containsExactly(4, 5, 6, 7, 8, 9);
        assertThat(refused.refused()).extracting(CampaignResponses.Refusal::field)
                .containsExactly("msisdn", "reference", "msisdn", "reference", null, null);
        assertThat(refused.refused()).extracting(CampaignResponses.Refusal::code).containsExactly("campaigns.error.msisdn",
                "campaigns.error.reference", "campaigns.error.not-member", "campaigns.error.reference-other", "campaigns.error.csv-line-long",
                "campaigns.error.csv-columns");
        assertThat(jdbc.sql("select count(*) from campaign_response where campaign_id = ?").param(id).query(Integer.class).single()).isZero();

        String good = "msisdn,reference\n" + numbers.get(0) + "," + ref + "-1\n\n" + numbers.get(1) + "," + ref + "-2\n";
        CampaignResponses.ImportResult done = responses.importCsv(id, new java.io.StringReader(good), "t-supervisor");
        assertThat(done.refused()).isEmpty();
        assertThat(done.recorded()).isEqualTo(2);
        // the same file again: repeated; a known reference for another number: refused at the field
        assertThat(responses.importCsv(id, new java.io.StringReader(good), "t-supervisor").repeated()).isEqualTo(2);
        CampaignResponses.ImportResult other = responses.importCsv(id,
                new java.io.StringReader("msisdn,reference\n" + numbers.get(4) + "," + ref + "-1\n"), "t-supervisor");
        assertThat(other.refused()).containsExactly(new CampaignResponses.Refusal(2, "reference", "campaigns.error.reference-other"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> responses.conversion(id, numbers.get(4), ref + "-1", "import", "t-supervisor"))
                .isInstanceOf(CampaignRefused.class).extracting(e -> ((CampaignRefused) e).field()).isEqualTo("reference");
    }

    /**
     * Once the budget cannot take one more treated member, a run admits nobody: not even holdout customers ranked
     * before the first treated one it cannot pay for (they would make the holdout grow alone).
     */
    @Test
    void aSpentBudgetAdmitsNobodyNotEvenTheHoldout() {
        YearMonth month = fixture.factsMonth();
        String region = CampaignFixture.region();
        fixture.customers(month, 14, 40, region);
        long gift = offers.create(new dev.retain.app.campaign.offer.OfferDraft("CAMP-SPENT-" + System.nanoTime() % 100_000, "保温杯",
                "Thermos", "gift", java.util.Map.of("item", "保温杯", "value", "10"), "true", new java.math.BigDecimal("10"), DAY.minusDays(30),
                DAY.plusDays(60), null, new java.math.BigDecimal("0.2")), "t-supervisor");
        long id = campaigns.create(new CampaignDraft("预算用尽", "region == \"" + region + "\"", List.of(gift), "sms", null,
                "【保有测试】送您保温杯一只", new java.math.BigDecimal("0.2"), new java.math.BigDecimal("100"), DAY, DAY.plusDays(5)), "t-supervisor");
        CampaignRunResult first = campaigns.run(id, "t-supervisor");
        assertThat(campaigns.get(id).reserved()).isEqualByComparingTo("100");
        CampaignView c = campaigns.get(id);

        // newcomers ranked first: one the draw puts in the holdout, then one it would treat (and the budget cannot pay)
        List<String> candidates = java.util.stream.IntStream.rangeClosed(1, 300).mapToObj(i -> CampaignFixture.number(15, i)).toList();
        String holdout = candidates.stream().filter(n -> HoldoutDraw.of(id, c.startsOn(), c.endsOn(), n) < 0.2).findFirst().orElseThrow();
        String treated = candidates.stream().filter(n -> HoldoutDraw.of(id, c.startsOn(), c.endsOn(), n) >= 0.2).findFirst().orElseThrow();
        fixture.customer(month, holdout, region, 1000);
        fixture.customer(month, treated, region, 999);
        CampaignRunResult again = campaigns.run(id, "t-supervisor");
        assertThat(again.added()).isZero();
        assertThat(again.overBudget()).isEqualTo(first.overBudget() + 2);
        assertThat(jdbc.sql("select count(*) from campaign_member where campaign_id = ? and msisdn in (?, ?)").params(id, holdout, treated)
                .query(Integer.class).single()).isZero();
    }
}
