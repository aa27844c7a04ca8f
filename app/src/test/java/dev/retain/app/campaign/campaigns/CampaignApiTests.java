package dev.retain.app.campaign.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import dev.retain.app.security.Scope;
import dev.retain.app.security.internal.ApiClients;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The campaigns API (issue 15 point 2): a supervisor sets up a campaign, runs it and reads its members and results; a
 * refusal names its field; analysts read numbers masked; managers and complaint handlers are refused everything;
 * clients by their scope.
 */
@RetainWebTest
class CampaignApiTests {

    @Autowired MockMvc mvc;
    @Autowired ApiClients clients;
    @Autowired JdbcClient jdbc;
    @Autowired TestLogins logins;
    @Autowired Campaigns campaigns;
    @Autowired Clock clock;
    @Autowired dev.retain.app.campaign.offer.Offers offers;

    private String key(Scope scope) {
        RetainUser admin = new RetainUser(TestLogins.ADMIN, "管理员", Role.ADMIN, null);
        return clients.create("crm-" + System.nanoTime(), Set.of(scope), admin).key();
    }

    private String json(String name, String rule, String holdout) {
        LocalDate today = LocalDate.now(clock);
        return """
                {"name": "%s", "targetRule": %s, "offerIds": [], "channel": "sms", "text": "【保有】%s：专属流量包，回复 1 办理。",
                 "holdoutShare": %s, "budget": 500, "start": "%s", "end": "%s"}"""
                .formatted(name, "\"" + rule.replace("\\", "\\\\").replace("\"", "\\\"") + "\"", name, holdout, today.minusDays(1),
                        today.plusDays(30));
    }

    private MockHttpServletRequestBuilder create(String body) {
        return post("/api/v1/campaigns").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void aSupervisorSetsUpRunsAndReadsMembersAndResults() throws Exception {
        CampaignFixture fixture = new CampaignFixture(jdbc, campaigns);
        YearMonth month = fixture.factsMonth();
        String region = CampaignFixture.region();
        List<String> numbers = fixture.customers(month, 10, 40, region);

        String answer = mvc.perform(create(json("流量关怀", "region == \"" + region + "\"", "0.2")).with(logins.as(TestLogins.SUPERVISOR))
                        .with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNumber()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();

        mvc.perform(post("/api/v1/campaigns/" + id + "/runs").with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.matched").value(40)).andExpect(jsonPath("$.added").value(40))
                .andExpect(jsonPath("$.factsMonth").value(month.toString()));
        CampaignView c = campaigns.get(id);
        assertThat(c.treated() + c.holdout()).isEqualTo(40);

        int audits = jdbc.sql("select count(*) from audit_log where subject = ?").param("campaign " + id).query(Integer.class).single();
        String treated = mvc.perform(get("/api/v1/campaigns/" + id + "/members").param("group", "treated").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(c.treated()))
                .andExpect(jsonPath("$[0].group").value("treated")).andExpect(jsonPath("$[0].contacted").value(true))
                .andExpect(jsonPath("$[0].customerKey").isString())
                .andReturn().getResponse().getContentAsString();
        List<String> shown = JsonPath.read(treated, "$[*].msisdn");
        assertThat(numbers).containsAll(shown);
        assertThat(jdbc.sql("select count(*) from audit_log where subject = ? and action = 'reveal_personal_data'").param("campaign " + id)
                .query(Integer.class).single()).isEqualTo(audits + 1);
        // the analyst reads the same list masked, and nothing is audited as a reveal
        String masked = mvc.perform(get("/api/v1/campaigns/" + id + "/members").param("group", "holdout").with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(c.holdout())).andReturn().getResponse().getContentAsString();
        List<String> maskedNumbers = JsonPath.read(masked, "$[*].msisdn");
        assertThat(maskedNumbers).allMatch(n -> n.matches("137\\*{4}\\d{4}"));
        mvc.perform(get("/api/v1/campaigns/" + id + "/members").param("group", "everyone").with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("campaigns.error.group"));

        mvc.perform(get("/api/v1/campaigns/" + id + "/results").with(logins.as(TestLogins.ANALYST))).andExpect(status().isOk())
                .andExpect(jsonPath("$.measured").value(false)).andExpect(jsonPath("$.treated.members").value(c.treated()))
                .andExpect(jsonPath("$.holdout.members").value(c.holdout())).andExpect(jsonPath("$.retentionUplift").doesNotExist());
        mvc.perform(get("/api/v1/campaigns/" + id).with(logins.as(TestLogins.ANALYST))).andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("sms")).andExpect(jsonPath("$.holdoutShare").value(0.2));

        // a conversion from BOSS with a campaigns:write key: once per reference
        String writer = key(Scope.CAMPAIGNS_WRITE);
        MockHttpServletRequestBuilder conversion = post("/api/v1/campaigns/" + id + "/conversions").contentType(MediaType.APPLICATION_JSON)
                .content("{\"msisdn\": \"+86" + numbers.get(0) + "\", \"reference\": \"BOSS-" + id + "\"}")
                .header("Authorization", "Bearer " + writer);
        mvc.perform(conversion).andExpect(status().isCreated());
        mvc.perform(conversion).andExpect(status().isOk()).andExpect(jsonPath("$.recorded").value(false));
    }

    @Test
    void aBadRuleIsRefusedAtItsFieldWithCelsErrorAndARunOutsideTheScheduleIsAConflict() throws Exception {
        mvc.perform(create(json("坏规则", "zone == ", "0.1")).with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("targetRule"))
                .andExpect(jsonPath("$.code").value("campaigns.error.target-rule"));
        mvc.perform(create(json("对照过大", "zone == \"red\"", "0.9")).with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("holdoutShare"));
        LocalDate today = LocalDate.now(clock);
        long later = campaigns.create(new CampaignDraft("下月活动", "zone == \"red\"", List.of(), "sms", null, "文本",
                new java.math.BigDecimal("0.1"), java.math.BigDecimal.ZERO, today.plusDays(3), today.plusDays(9)), "t-supervisor");
        mvc.perform(post("/api/v1/campaigns/" + later + "/runs").with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("campaigns.error.not-started"));
        mvc.perform(post("/api/v1/campaigns/" + (later + 100_000) + "/runs").with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    /** A template campaign: its message names the offers; an unknown template or offer is refused at its field. */
    @Test
    void aTemplateCampaignNamesItsOffersInTheMessage() throws Exception {
        CampaignFixture fixture = new CampaignFixture(jdbc, campaigns);
        String region = CampaignFixture.region();
        List<String> numbers = fixture.customers(fixture.factsMonth(), 11, 10, region);
        LocalDate today = LocalDate.now(clock);
        long offer = offers.create(new dev.retain.app.campaign.offer.OfferDraft("CAMP-PACK-" + System.nanoTime() % 100_000, "10GB流量包",
                "10 GB data pack", "data_pack", java.util.Map.of("data_mb", "10240", "months", "3", "price", "0"), "true",
                new java.math.BigDecimal("6"), today.minusDays(1), today.plusDays(60), null, new java.math.BigDecimal("0.2")), "t-supervisor");
        String body = """
                {"name": "流量包推荐", "targetRule": "region == \\"%s\\"", "offerIds": [%d], "channel": "sms", "template": "campaign_offer",
                 "holdoutShare": 0.1, "budget": 1000, "start": "%s", "end": "%s"}""".formatted(region, offer, today, today.plusDays(7));
        String answer = mvc.perform(create(body).with(logins.as(TestLogins.SUPERVISOR)).with(csrf())).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();
        assertThat(campaigns.get(id).costPerMember()).isEqualByComparingTo("6");
        campaigns.run(id, "t-supervisor");
        List<String> bodies = jdbc.sql("""
                        select o.body from campaign_member m join outbox_message o on o.id = m.message_id where m.campaign_id = ?""")
                .param(id).query(String.class).list();
        assertThat(bodies).isNotEmpty().allSatisfy(b -> assertThat(b).contains("10GB流量包", "回T退订"));
        assertThat(campaigns.get(id).reserved()).isEqualByComparingTo(new java.math.BigDecimal(6 * bodies.size()));
        assertThat(numbers).hasSize(10);

        mvc.perform(create(body.replace("campaign_offer", "no_such_template")).with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("templateCode"));
        mvc.perform(create(body.replace("[" + offer + "]", "[" + (offer + 100_000) + "]")).with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("offerIds"));
    }

    @Test
    void wrongRolesAndScopesAreRefused() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long id = campaigns.create(new CampaignDraft("权限检查", "zone == \"red\" && region == \"" + CampaignFixture.region() + "\"", List.of(),
                "sms", null, "文本", new java.math.BigDecimal("0.1"), java.math.BigDecimal.ZERO, today, today.plusDays(9)), "t-supervisor");
        String body = json("不该创建", "zone == \"red\"", "0.1");
        for (String wrong : List.of(TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER, TestLogins.HANDLER)) {
            mvc.perform(create(body).with(logins.as(wrong)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/campaigns/" + id + "/runs").with(logins.as(wrong)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/campaigns/" + id + "/members").param("group", "treated").with(logins.as(wrong)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/campaigns/" + id + "/results").with(logins.as(wrong))).andExpect(status().isForbidden());
        }
        // analysts read, never set up or run
        mvc.perform(create(body).with(logins.as(TestLogins.ANALYST)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/campaigns/" + id + "/runs").with(logins.as(TestLogins.ANALYST)).with(csrf())).andExpect(status().isForbidden());
        // clients by scope: campaigns:read reads and may not run; another scope reads nothing
        String reader = key(Scope.CAMPAIGNS_READ);
        mvc.perform(get("/api/v1/campaigns/" + id + "/results").header("Authorization", "Bearer " + reader)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/campaigns/" + id + "/runs").header("Authorization", "Bearer " + reader)).andExpect(status().isForbidden());
        mvc.perform(create(body).header("Authorization", "Bearer " + reader)).andExpect(status().isForbidden());
        String other = key(Scope.EVENTS_WRITE);
        mvc.perform(get("/api/v1/campaigns/" + id + "/results").header("Authorization", "Bearer " + other)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from campaign where name = '不该创建'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from campaign_run where campaign_id = ?").param(id).query(Integer.class).single()).isZero();
    }
}
