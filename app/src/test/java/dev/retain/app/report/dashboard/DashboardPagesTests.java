package dev.retain.app.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.merchant.MerchantFixture;
import dev.retain.app.merchant.Merchants;
import dev.retain.app.metrics.Metrics;
import dev.retain.app.metrics.MetricsFixture;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.MerchantStaffLogins;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboards page and its drill-down over MetricsFixture's planted month: figures from the aggregates, the customers
 * behind a figure masked and linked by key, paged; a manager's own view; refusals; the on-demand refresh.
 */
@RetainWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPagesTests {

    private static final String MONTH = MetricsFixture.MONTH.toString();

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired Metrics metrics;
    @Autowired Clock clock;
    @Autowired AuditLog auditLog;
    @Autowired Merchants merchants;
    @Autowired MerchantStaffLogins merchantStaff;

    @BeforeAll
    void planted() {
        new MetricsFixture(jdbc, clock.getZone()).plantOnce();
        metrics.refresh(MetricsFixture.MONTH);
    }

    @Test
    void theSupervisorSeesTheFiguresByManagerWithTheBaseline() throws Exception {
        Document d = Jsoup.parse(page("/reports/dashboards?month=" + MONTH + "&breakdown=manager", TestLogins.SUPERVISOR));
        assertThat(d.select("#service-MT-CM1 td.satisfaction").text()).isEqualTo("50.00 %");
        assertThat(d.select("#service-MT-CM1 td.frequency").text()).isEqualTo("66.67 %");
        assertThat(d.select("#retention-MT-CM1 td.churn").text()).isEqualTo("66.67 %");
        assertThat(d.select("#service-MT-CM1 td.satisfaction a").attr("href"))
                .isEqualTo("/reports/dashboards/customers?month=" + MONTH + "&metric=satisfaction&breakdown=manager&key=MT-CM1");
        assertThat(d.select("#province-satisfaction").text()).contains("87.27");
        assertThat(d.select("#dash-chart").attr("data-chart")).contains("\"baseline\":87.27").contains("满意度");
        assertThat(d.select("#refresh-form")).hasSize(1);
        assertThat(d.select("script:not([src])")).as("no inline script (CSP)").isEmpty();
    }

    @Test
    void aBranchFilterKeepsItsManagersAndTheAnalystReadsWithoutTheRefresh() throws Exception {
        Document d = Jsoup.parse(page("/reports/dashboards?month=" + MONTH + "&breakdown=manager&branch=MTRG/b2", TestLogins.ANALYST));
        assertThat(d.select("#table-service tbody tr").eachAttr("id")).contains("service-MT-CM2", "service-MT-CM3")
                .doesNotContain("service-MT-CM1");
        assertThat(d.select("#refresh-form")).isEmpty();
        Document en = Jsoup.parse(page("/reports/dashboards?month=" + MONTH + "&breakdown=team&lang=en", TestLogins.ADMIN));
        assertThat(en.select("#service-MT-T2 td.awareness").text()).isEqualTo("100.00 %");
    }

    @Test
    void theDrillDownIsMaskedLinkedByKeyAndPaged() throws Exception {
        String html = page("/reports/dashboards/customers?month=" + MONTH + "&metric=churn&breakdown=manager&key=MT-CM1", TestLogins.ANALYST);
        assertThat(html).doesNotContain("13796200002").doesNotContain("13796200003");
        Document d = Jsoup.parse(html);
        assertThat(d.select("#dash-customers tbody tr")).hasSize(2);
        assertThat(d.select("#dash-customers tbody tr td:first-child").eachText()).containsExactly("137****0002", "137****0003");
        assertThat(d.select("#dash-customers a").attr("href")).matches("/customers/[0-9a-f-]{36}");
        assertThat(d.select("#figure").text()).contains("66.67 % (2 / 3)");

        String url = "/reports/dashboards/customers?month=" + MONTH + "&metric=frequency&breakdown=team&key=MT-T3&part=rest";
        Document first = Jsoup.parse(page(url, TestLogins.SUPERVISOR));
        assertThat(first.select("#dash-customers tbody tr")).hasSize(DashboardsController.PAGE_SIZE);
        assertThat(first.select("#next-page")).hasSize(1);
        Document second = Jsoup.parse(page(url + "&page=1", TestLogins.SUPERVISOR));
        assertThat(second.select("#dash-customers tbody tr")).hasSize(5);
        assertThat(second.select("#next-page")).isEmpty();
    }

    @Test
    void aManagerSeesOnlyTheirOwnFiguresAndCustomers() throws Exception {
        Document d = Jsoup.parse(page("/reports/dashboards?month=" + MONTH + "&breakdown=branch", TestLogins.PHONE));
        assertThat(d.select("#table-service tbody tr").eachAttr("id")).containsExactly("service-PM-T1");
        assertThat(d.select("#province")).isEmpty();
        assertThat(d.select("#breakdown")).isEmpty();
        Document own = Jsoup.parse(page("/reports/dashboards/customers?month=" + MONTH + "&metric=retention&breakdown=manager&key=PM-T1",
                TestLogins.PHONE));
        assertThat(own.select("#dash-customers tbody tr td:first-child").eachText()).containsExactly("137****0200");
        for (String other : new String[] {"breakdown=manager&key=MT-CM1", "breakdown=branch&key=MTRG/b2", "breakdown=all"}) {
            mvc.perform(get("/reports/dashboards/customers?month=" + MONTH + "&metric=retention&" + other).with(logins.as(TestLogins.PHONE)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void complaintHandlersAndMerchantStaffAreRefused() throws Exception {
        MerchantFixture.Made shop = MerchantFixture.merchantOnce(merchants, merchantStaff, "PGDASH");
        for (String user : List.of(TestLogins.HANDLER, shop.admin(), shop.clerk())) {
            refused(user);
        }
    }

    private void refused(String user) throws Exception {
        mvc.perform(get("/reports/dashboards").with(logins.as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/dashboards/customers?month=" + MONTH + "&metric=churn").with(logins.as(user))).andExpect(status().isForbidden());
        mvc.perform(post("/metrics/refresh").param("month", MONTH).with(csrf()).with(logins.as(user))).andExpect(status().isForbidden());
    }

    @Test
    void onlySupervisorsAndAdminsComputeAMonthAgainAndItIsAudited() throws Exception {
        for (String user : new String[] {TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            mvc.perform(post("/metrics/refresh").param("month", MONTH).with(csrf()).with(logins.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/metrics/refresh").param("month", MONTH).with(csrf()).with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/reports/dashboards?month=" + MONTH));
        assertThat(auditLog.page(TestLogins.SUPERVISOR, "metrics_refreshed", 0, 10)).anySatisfy(e -> assertThat(e.subject()).isEqualTo(MONTH));
        mvc.perform(post("/metrics/refresh").param("month", "2080-13").with(csrf()).with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void badInputNamesTheField() throws Exception {
        mvc.perform(get("/reports/dashboards/customers?month=" + MONTH + "&metric=happiness").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/reports/dashboards?breakdown=city").with(logins.as(TestLogins.SUPERVISOR))).andExpect(status().isBadRequest());
        mvc.perform(get("/reports/dashboards?month=80-02").with(logins.as(TestLogins.SUPERVISOR))).andExpect(status().isBadRequest());
    }

    private String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(logins.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
