package dev.retain.app.campaign.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.campaign.offer.OfferDraft;
import dev.retain.app.campaign.offer.Offers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The code review's findings on set-up (issue 15), on the whole application (notify's real templates): templates a
 * campaign cannot fill, offers retired or not valid over the campaign, an empty offer id, the daily job past a failure.
 */
@RetainWebTest
class CampaignSetUpTests {

    @Autowired Campaigns campaigns;
    @Autowired Offers offers;
    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private CampaignFixture fixture() {
        return new CampaignFixture(jdbc, campaigns);
    }

    private String template(String body) {
        String code = "t_campfix_" + System.nanoTime() % 1_000_000_000L;
        jdbc.sql("""
                        insert into message_template (code, message_class, channels, variables, body_zh, updated_at, updated_by)
                        values (?, 'marketing', array['sms'], array['offer'], ?, now(), 't-admin')""").params(code, body).update();
        return code;
    }

    /**
     * A template that needs a variable the campaign does not fill is refused at set-up; edited after the set-up, it
     * refuses the run before anyone is recorded; a member whose message did not render is contacted by the next run.
     */
    @Test
    void aTemplateThatDoesNotRenderIsRefusedAndItsMembersAreRetried() {
        LocalDate today = LocalDate.now(clock);
        YearMonth month = fixture().factsMonth();
        String region = CampaignFixture.region();
        fixture().customers(month, 21, 20, region);
        String needsName = template("{customer_name}您好，{offer}");
        CampaignDraft bad = new CampaignDraft("模板缺变量", "region == \"" + region + "\"", List.of(), "sms", needsName, null,
                new java.math.BigDecimal("0.2"), java.math.BigDecimal.ZERO, today, today.plusDays(3));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> campaigns.create(bad, "t-supervisor")).isInstanceOf(CampaignRefused.class)
                .satisfies(e -> {
                    assertThat(((CampaignRefused) e).code()).isEqualTo("campaigns.error.template-variables");
                    assertThat(((CampaignRefused) e).field()).isEqualTo("templateCode");
                    assertThat(((CampaignRefused) e).args()).contains("{customer_name}");
                });

        String fine = template("本月为您准备了{offer}");
        long id = campaigns.create(new CampaignDraft("模板探测", "region == \"" + region + "\"", List.of(), "sms", fine, null,
                new java.math.BigDecimal("0.2"), java.math.BigDecimal.ZERO, today, today.plusDays(3)), "t-supervisor");
        jdbc.sql("update message_template set body_zh = '{customer_name}：{offer}' where code = ?").param(fine).update();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> campaigns.run(id, "t-supervisor")).isInstanceOf(CampaignRefused.class)
                .extracting(e -> ((CampaignRefused) e).code()).isEqualTo("campaigns.error.template-variables");
        assertThat(jdbc.sql("select count(*) from campaign_member where campaign_id = ?").param(id).query(Integer.class).single()).isZero();

        jdbc.sql("update message_template set body_zh = '本月为您准备了{offer}' where code = ?").param(fine).update();
        CampaignRunResult run = campaigns.run(id, "t-supervisor");
        assertThat(run.messages()).isEqualTo(run.treated()).isPositive();
        // as if one message had failed to render in that run: the next run contacts that member, once
        String failed = jdbc.sql("select msisdn from campaign_member where campaign_id = ? and grp = 'treated' order by msisdn limit 1")
                .param(id).query(String.class).single();
        jdbc.sql("update campaign_member set message_id = null, contact_refused = 'message: template needs {x}' where campaign_id = ? and msisdn = ?")
                .params(id, failed).update();
        CampaignRunResult again = campaigns.run(id, "t-supervisor");
        assertThat(again.added()).isZero();
        assertThat(again.messages()).isEqualTo(1);
        assertThat(jdbc.sql("select message_id is not null and contact_refused is null from campaign_member where campaign_id = ? and msisdn = ?")
                .params(id, failed).query(Boolean.class).single()).isTrue();
        assertThat(campaigns.run(id, "t-supervisor").messages()).isZero();
    }

    private long offer(String code, LocalDate from, LocalDate to) {
        return offers.create(new OfferDraft(code + System.nanoTime() % 100_000, "积分礼包", "Points pack", "gift",
                Map.of("item", "积分礼包", "value", "5"), "true", new BigDecimal("5"), from, to, null, new BigDecimal("0.2")), "t-supervisor");
    }

    private CampaignDraft withOffers(String region, List<Long> offerIds, LocalDate start, LocalDate end) {
        return new CampaignDraft("权益检查", "region == \"" + region + "\"", offerIds, "sms", null, "【保有测试】积分礼包送给您",
                new BigDecimal("0.2"), new BigDecimal("1000"), start, end);
    }

    /**
     * An offer retired, or not valid over the whole campaign, is refused at the field in words; an empty offer id is a
     * 400 naming the field (not a 500); an offer retired after the set-up refuses the run, naming it.
     */
    @Test
    void offersMustBeUsableOverTheCampaignAndAtEachRun() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String region = CampaignFixture.region();
        fixture().customers(fixture().factsMonth(), 22, 5, region);
        long shortLived = offer("CAMP-SHORT-", today, today.plusDays(3));
        assertThatThrownBy(() -> campaigns.create(withOffers(region, List.of(shortLived), today, today.plusDays(10)), "t-supervisor"))
                .isInstanceOf(CampaignRefused.class).satisfies(e -> {
                    assertThat(((CampaignRefused) e).code()).isEqualTo("campaigns.error.offer-dates");
                    assertThat(((CampaignRefused) e).field()).isEqualTo("offerIds");
                    assertThat(((CampaignRefused) e).args()).contains("积分礼包", today.plusDays(3).toString());
                });
        long retired = offer("CAMP-OLD-", today.minusDays(1), today.plusDays(30));
        offers.setActive(retired, offers.get(retired).version(), false, "t-supervisor");
        assertThatThrownBy(() -> campaigns.create(withOffers(region, List.of(retired), today, today.plusDays(10)), "t-supervisor"))
                .isInstanceOf(CampaignRefused.class).extracting(e -> ((CampaignRefused) e).code()).isEqualTo("campaigns.error.offer-retired");

        String empty = """
                {"name": "空权益", "targetRule": "region == \\"%s\\"", "offerIds": [null], "channel": "sms", "text": "文本",
                 "holdoutShare": 0.1, "budget": 100, "start": "%s", "end": "%s"}""".formatted(region, today, today.plusDays(5));
        mvc.perform(post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content(empty).with(logins.as(TestLogins.SUPERVISOR))
                        .with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("offerIds"))
                .andExpect(jsonPath("$.code").value("campaigns.error.offer-empty"));

        long good = offer("CAMP-GOOD-", today.minusDays(1), today.plusDays(30));
        long id = campaigns.create(withOffers(region, List.of(good), today, today.plusDays(10)), "t-supervisor");
        offers.setActive(good, offers.get(good).version(), false, "t-supervisor");
        mvc.perform(post("/api/v1/campaigns/" + id + "/runs").with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("campaigns.error.run-offer"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(offers.get(good).code())));
        assertThat(jdbc.sql("select count(*) from campaign_run where campaign_id = ?").param(id).query(Integer.class).single()).isZero();
    }

    /** The daily job goes on past a campaign whose run fails unexpectedly: the next one still runs. */
    @Test
    void theDailyJobRunsTheOthersWhenOneFails() {
        LocalDate today = LocalDate.now(clock);
        String region = CampaignFixture.region();
        fixture().customers(fixture().factsMonth(), 23, 5, region);
        CampaignDraft auto = new CampaignDraft("自动失败", "region == \"" + region + "\"", List.of(), "sms", null, "文本", new BigDecimal("0.2"),
                BigDecimal.ZERO, today, today.plusDays(3), true);
        long broken = campaigns.create(auto, "t-supervisor");
        long fine = campaigns.create(auto, "t-supervisor");
        // the job as scheduled, over these two campaigns only; the first one's run fails as a bug or an outage would
        Campaigns these = new Campaigns(null, null, null, null, null, clock) {
            @Override
            public List<Long> dueAutomatically() {
                return campaigns.dueAutomatically().stream().filter(id -> id == broken || id == fine).toList();
            }

            @Override
            public CampaignRunResult run(long id, String by) {
                if (id == broken) throw new IllegalStateException("the database went away");
                return campaigns.run(id, by);
            }
        };
        assertThat(CampaignJobs.runDue(these)).isEqualTo(1);
        assertThat(campaigns.get(fine).runs()).isEqualTo(1);
        assertThat(campaigns.get(broken).runs()).isZero();
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path).with(logins.as(TestLogins.SUPERVISOR))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * The pages name offers by code and name (the form lists the catalogue beside the ids); a refused conversions file
     * lists each refused line with its field in words, and records nothing.
     */
    @Test
    void pagesNameOffersAndARefusedUploadNamesLinesAndFields() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String region = CampaignFixture.region();
        List<String> numbers = fixture().customers(fixture().factsMonth(), 24, 5, region);
        long offer = offer("CAMP-PAGE-", today.minusDays(1), today.plusDays(30));
        String code = offers.get(offer).code();
        long id = campaigns.create(withOffers(region, List.of(offer), today, today.plusDays(10)), "t-supervisor");
        assertThat(body("/campaigns/" + id)).contains(code + " 积分礼包").doesNotContain(">" + offer + "<");
        assertThat(body("/campaigns")).contains("id=\"offer-catalogue\"", offer + " · " + code + " 积分礼包");

        campaigns.run(id, "t-supervisor");
        String csv = "msisdn,reference\n" + numbers.get(0) + ",P-" + id + "\n\nabc,P2-" + id + "\n";
        mvc.perform(multipart("/campaigns/" + id + "/conversions").file(new org.springframework.mock.web.MockMultipartFile("file", "c.csv",
                        "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))).with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                .andExpect(flash().attribute("refusedLines", List.of("第 4 行，号码：这不是有效的手机号码。")))
                .andExpect(flash().attributeExists("refused"));
        assertThat(jdbc.sql("select count(*) from campaign_response where campaign_id = ?").param(id).query(Integer.class).single()).isZero();
    }

    /** The members page by value at risk has its index; a campaign's counts come from one pass over its members. */
    @Test
    void theMembersOrderHasItsIndexAndTheCountsAddUp() {
        assertThat(jdbc.sql("select indexdef from pg_indexes where indexname = 'campaign_member_group_order'").query(String.class).single())
                .contains("(campaign_id, grp, value_at_risk DESC, msisdn)");
        LocalDate today = LocalDate.now(clock);
        String region = CampaignFixture.region();
        fixture().customers(fixture().factsMonth(), 25, 30, region);
        long id = campaigns.create(withOffers(region, List.of(), today, today.plusDays(10)), "t-supervisor");
        CampaignRunResult run = campaigns.run(id, "t-supervisor");
        CampaignView c = campaigns.list().stream().filter(v -> v.id() == id).findFirst().orElseThrow();
        assertThat(c.treated()).isEqualTo(run.treated());
        assertThat(c.holdout()).isEqualTo(run.added() - run.treated());
        assertThat(c.reserved()).isEqualByComparingTo("0");
        assertThat(campaigns.members(id, "treated", 0, 1000)).hasSize(run.treated());
    }
}
