package dev.retain.app.campaign.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The campaign screens by role: supervisors set up (a refusal comes back at its field), run and upload conversions;
 * analysts read without a form; managers and complaint handlers are refused the pages and the actions.
 */
@RetainWebTest
class CampaignPagesTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TestLogins logins;
    @Autowired Campaigns campaigns;
    @Autowired Clock clock;

    private String body(String url, String user) throws Exception {
        return mvc.perform(get(url).with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aSupervisorSetsUpAtTheFormRunsAndUploadsConversions() throws Exception {
        CampaignFixture fixture = new CampaignFixture(jdbc, campaigns);
        YearMonth month = fixture.factsMonth();
        String region = CampaignFixture.region();
        List<String> numbers = fixture.customers(month, 20, 12, region);
        LocalDate today = LocalDate.now(clock);
        assertThat(body("/campaigns", TestLogins.SUPERVISOR)).contains("new-campaign-form", "营销活动");

        // a rule CEL cannot type-check comes back at its field, with the form as typed
        mvc.perform(post("/campaigns").with(logins.as(TestLogins.SUPERVISOR)).with(csrf()).param("name", "页面活动")
                        .param("targetRule", "zone == 1").param("channel", "sms").param("text", "【保有】页面活动")
                        .param("holdoutPercent", "25").param("budget", "0").param("start", today.toString()).param("end", today.plusDays(5).toString()))
                .andExpect(redirectedUrl("/campaigns#new-campaign")).andExpect(flash().attribute("refusedField", "targetRule"));

        String location = mvc.perform(post("/campaigns").with(logins.as(TestLogins.SUPERVISOR)).with(csrf()).param("name", "页面活动")
                        .param("targetRule", "region == \"" + region + "\"").param("channel", "sms").param("text", "【保有】页面活动")
                        .param("holdoutPercent", "25").param("budget", "0").param("start", today.toString()).param("end", today.plusDays(5).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("/campaigns/(\\d+)", "$1"));
        assertThat(body(location, TestLogins.SUPERVISOR)).contains("run-campaign", "conversions-form");

        mvc.perform(post(location + "/runs").with(logins.as(TestLogins.SUPERVISOR)).with(csrf())).andExpect(redirectedUrl(location))
                .andExpect(flash().attributeExists("saved"));
        CampaignView c = campaigns.get(id);
        assertThat(c.members()).isEqualTo(12);
        String page = body(location, TestLogins.SUPERVISOR);
        assertThat(page).contains("id=\"treated-count\">" + c.treated() + "<", "id=\"holdout-count\">" + c.holdout() + "<", "not-measured");
        for (String n : numbers) assertThat(page).doesNotContain(n);

        String csv = "msisdn,reference\n" + numbers.get(0) + ",P-" + id + "\n";
        mvc.perform(multipart(location + "/conversions").file(new MockMultipartFile("file", "c.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                .andExpect(redirectedUrl(location + "#conversions")).andExpect(flash().attributeExists("saved"));
        assertThat(jdbc.sql("select count(*) from campaign_response where campaign_id = ? and kind = 'conversion'").param(id)
                .query(Integer.class).single()).isEqualTo(1);

        // the analyst reads the list and the campaign, without a form or a run button
        String analystList = body("/campaigns", TestLogins.ANALYST);
        assertThat(analystList).contains("campaign-" + id).doesNotContain("new-campaign-form");
        assertThat(body(location, TestLogins.ANALYST)).doesNotContain("run-campaign", "conversions-form");
        mvc.perform(post(location + "/runs").with(logins.as(TestLogins.ANALYST)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void managersAndComplaintHandlersAreRefused() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long id = campaigns.create(new CampaignDraft("不可见", "zone == \"red\" && region == \"" + CampaignFixture.region() + "\"", List.of(),
                "sms", null, "文本", new java.math.BigDecimal("0.1"), java.math.BigDecimal.ZERO, today, today), "t-supervisor");
        for (String wrong : List.of(TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER, TestLogins.HANDLER)) {
            mvc.perform(get("/campaigns").with(logins.as(wrong))).andExpect(status().isForbidden());
            mvc.perform(get("/campaigns/" + id).with(logins.as(wrong))).andExpect(status().isForbidden());
            mvc.perform(post("/campaigns").with(logins.as(wrong)).with(csrf()).param("name", "x")).andExpect(status().isForbidden());
            mvc.perform(post("/campaigns/" + id + "/runs").with(logins.as(wrong)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(campaigns.get(id).runs()).isZero();
    }
}
