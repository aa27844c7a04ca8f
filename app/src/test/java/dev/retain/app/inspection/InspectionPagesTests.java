package dev.retain.app.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.merchant.MerchantFixture;
import dev.retain.app.merchant.Merchants;
import dev.retain.app.security.MerchantStaffLogins;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inspection screens by role: a supervisor draws at the form and records findings by customer key; the CSV is
 * masked, neutralises formula-looking cells and is audited; analysts read without forms; managers, complaint handlers
 * and merchant staff are refused every page and action.
 */
@RetainWebTest
class InspectionPagesTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TestLogins logins;
    @Autowired InspectionRounds rounds;
    @Autowired Clock clock;
    @Autowired Merchants merchants;
    @Autowired MerchantStaffLogins merchantStaff;

    private String body(String url, String user) throws Exception {
        return mvc.perform(get(url).with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aSupervisorDrawsAtTheFormAndRecordsAFindingAndTheAnalystReadsAndExports() throws Exception {
        InspectionFixture f = new InspectionFixture(jdbc);
        assertThat(body("/inspections", TestLogins.SUPERVISOR)).contains("new-round-form", "组巡检查", "value=\"hangzhou|" + f.branch + "\"");

        mvc.perform(post("/inspections").with(logins.as(TestLogins.SUPERVISOR)).with(csrf()).param("branch", "hangzhou|" + f.branch)
                        .param("sampleSize", "9999").param("minPerStratum", "2").param("seed", ""))
                .andExpect(redirectedUrl("/inspections#new-round")).andExpect(flash().attribute("refusedField", "sampleSize"));

        String location = mvc.perform(post("/inspections").with(logins.as(TestLogins.SUPERVISOR)).with(csrf()).param("branch", "hangzhou|" + f.branch)
                        .param("sampleSize", "8").param("minPerStratum", "2").param("seed", "4242").param("note", "十二月组巡"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("/inspections/(\\d+)", "$1"));
        String page = body(location, TestLogins.SUPERVISOR);
        assertThat(page).contains("id=\"round-seed\">4242<", "id=\"drawn-count\">9<", "record-link", "金卡", "红色危险区");
        for (String n : f.numbers) assertThat(page).doesNotContain(n);

        SampledCustomer first = rounds.sample(id).get(0);
        assertThat(page).contains("/customers/" + first.customerKey(), first.maskedMsisdn());
        String formPage = body(location + "/customers/" + first.customerKey(), TestLogins.SUPERVISOR);
        assertThat(formPage).contains("finding-form", first.maskedMsisdn());
        for (String n : f.numbers) assertThat(formPage).doesNotContain(n);
        String today = LocalDate.now(clock).toString();
        mvc.perform(post(location + "/findings").with(logins.as(TestLogins.SUPERVISOR)).with(csrf()).param("customer", first.customerKey().toString())
                        .param("method", "visit").param("foundOn", today).param("profileCorrect", "false").param("profileIssue", "-地址写成旧址")
                        .param("knowsManager", "true").param("serviceReceived", "false").param("notes", "=HYPERLINK(\"http://x\",\"点我\")"))
                .andExpect(redirectedUrl(location + "#c-" + first.customerKey())).andExpect(flash().attributeExists("saved"));
        // a refused finding comes back with its message, and nothing is stored for it
        SampledCustomer second = rounds.sample(id).get(1);
        mvc.perform(post(location + "/findings").with(logins.as(TestLogins.SUPERVISOR)).with(csrf()).param("customer", second.customerKey().toString())
                        .param("method", "call").param("foundOn", today).param("profileCorrect", "false")
                        .param("knowsManager", "true").param("serviceReceived", "true"))
                .andExpect(redirectedUrl(location + "/customers/" + second.customerKey())).andExpect(flash().attribute("refusedField", "profileIssue"));
        assertThat(rounds.get(id).inspected()).isEqualTo(1);

        // the analyst reads the results and the problem customer, without a form
        String analystPage = body(location, TestLogins.ANALYST);
        assertThat(analystPage).contains("id=\"problems\"", "资料有误：-地址写成旧址", "期内未获得服务", "巡检经理")
                .doesNotContain("record-link", "finding-form", "new-round-form");
        mvc.perform(get(location + "/customers/" + second.customerKey()).with(logins.as(TestLogins.ANALYST))).andExpect(status().isForbidden());
        assertThat(body("/inspections", TestLogins.ANALYST)).contains("round-" + id).doesNotContain("new-round-form");
        assertThat(body(location + "?lang=en", TestLogins.ANALYST)).contains("Customers with a problem", "Profile wrong: -地址写成旧址",
                "No service in the period", "Download CSV");
        mvc.perform(post(location + "/findings").with(logins.as(TestLogins.ANALYST)).with(csrf()).param("customer", second.customerKey().toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/inspections").with(logins.as(TestLogins.ANALYST)).with(csrf()).param("branch", "hangzhou|" + f.branch))
                .andExpect(status().isForbidden());

        String csv = body(location + "/findings.csv", TestLogins.ANALYST);
        String row = csv.lines().filter(l -> l.startsWith(first.customerKey().toString())).findFirst().orElseThrow();
        assertThat(row).contains(first.maskedMsisdn(), ",visit," + today + ",no,'-地址写成旧址,yes,no,\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",t-supervisor");
        assertThat(csv.lines().count()).isEqualTo(1 + 9);
        for (String n : f.numbers) assertThat(csv).doesNotContain(n);
        assertThat(jdbc.sql("select count(*) from audit_log where username = ? and action = 'export' and subject = ?")
                .params(TestLogins.ANALYST, "inspection-" + id + ".csv").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void managersComplaintHandlersAndMerchantStaffAreRefused() throws Exception {
        InspectionFixture f = new InspectionFixture(jdbc);
        long id = rounds.draw(new RoundDraft(f.region, f.branch, 3, 1, 1L, null), "t-supervisor");
        String key = rounds.sample(id).get(0).customerKey().toString();
        MerchantFixture.Made shop = MerchantFixture.merchantOnce(merchants, merchantStaff, "PGINSP");
        for (String wrong : List.of(TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER, TestLogins.HANDLER, shop.admin(), shop.clerk())) {
            mvc.perform(get("/inspections").with(logins.as(wrong))).andExpect(status().isForbidden());
            mvc.perform(get("/inspections/" + id).with(logins.as(wrong))).andExpect(status().isForbidden());
            mvc.perform(get("/inspections/" + id + "/findings.csv").with(logins.as(wrong))).andExpect(status().isForbidden());
            mvc.perform(get("/inspections/" + id + "/customers/" + key).with(logins.as(wrong))).andExpect(status().isForbidden());
            mvc.perform(post("/inspections").with(logins.as(wrong)).with(csrf()).param("branch", "hangzhou|" + f.branch)
                    .param("sampleSize", "3").param("minPerStratum", "1")).andExpect(status().isForbidden());
            mvc.perform(post("/inspections/" + id + "/findings").with(logins.as(wrong)).with(csrf()).param("customer", key)
                    .param("method", "visit").param("foundOn", LocalDate.now(clock).toString()).param("profileCorrect", "true")
                    .param("knowsManager", "true").param("serviceReceived", "true")).andExpect(status().isForbidden());
        }
        assertThat(rounds.get(id).inspected()).isZero();
        assertThat(jdbc.sql("select count(*) from inspection_round where branch = ?").param(f.branch).query(Integer.class).single()).isEqualTo(1);
    }
}
