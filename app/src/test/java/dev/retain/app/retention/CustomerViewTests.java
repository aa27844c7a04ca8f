package dev.retain.app.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.PersonalData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The customer 360 view: scoping, masking and audited reveal, its content, notes. MSISDNs 1390002xxxx. */
@RetainWebTest
class CustomerViewTests {

    /** A well-formed key that belongs to nobody. */
    private static final String NOBODY = "00000000-0000-4000-8000-000000000000";

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;

    private String page(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aManagerOpensOnlyTheirOwnCustomers() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        f.insert(WorkbenchFixture.yellow("13900020001", "PM-T1"));
        String key = "/customers/" + f.keyOf("13900020001");
        mvc.perform(get(key).with(logins.as(TestLogins.PHONE))).andExpect(status().isOk());
        mvc.perform(get(key).with(logins.as(TestLogins.OTHER_PHONE))).andExpect(status().isForbidden());
        mvc.perform(get(key).with(logins.as(TestLogins.CUSTOMER_MANAGER))).andExpect(status().isForbidden());
        // a key of nobody, or no key at all, is refused the same way to a manager, so refusals reveal nothing
        for (String unknown : new String[] {NOBODY, "13900020001", "not-a-key"}) {
            mvc.perform(get("/customers/" + unknown).with(logins.as(TestLogins.PHONE))).andExpect(status().isForbidden());
        }
        for (String user : new String[] {TestLogins.SUPERVISOR, TestLogins.ADMIN, TestLogins.ANALYST}) {
            mvc.perform(get(key).with(logins.as(user))).andExpect(status().isOk());
            mvc.perform(get("/customers/" + NOBODY).with(logins.as(user))).andExpect(status().isNotFound());
            // the number itself is no address any more
            mvc.perform(get("/customers/13900020001").with(logins.as(user))).andExpect(status().isNotFound());
        }
    }

    @Test
    void personalDataIsMaskedUntilRevealedByAPostAndEveryRevealIsAudited() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        f.insert(WorkbenchFixture.yellow("13900020011", "PM-T1"));
        String key = f.keyOf("13900020011");
        String subject = "customer " + key;
        String masked = page(TestLogins.PHONE, get("/customers/" + key));
        assertThat(masked).contains(PersonalData.maskMsisdn("13900020011")).contains("王**").doesNotContain("王小明")
                .doesNotContain("13900020011").contains("id=\"reveal\"").contains("action=\"/customers/" + key + "/reveal\"");
        // birth date, branch and join date are personal data too: the decade, no branch, the tenure instead
        assertThat(masked).doesNotContain("1985-03-08").contains("1980年代出生").doesNotContain("xihu").contains("区县已脱敏")
                .doesNotContain("2012-05-01").contains("网龄 ");
        // a GET never reveals (a prefetch or a link from the history would otherwise show and audit)
        assertThat(page(TestLogins.PHONE, get("/customers/" + key).param("reveal", "true"))).doesNotContain("王小明");
        assertThat(f.auditEntries(TestLogins.PHONE, AuditLog.REVEAL, subject)).isZero();

        String clear = page(TestLogins.PHONE, post("/customers/" + key + "/reveal").with(csrf()));
        assertThat(clear).contains(">13900020011<").contains("王小明").contains("1985-03-08").contains("xihu").contains("2012-05-01")
                .contains("id=\"revealed-note\"");
        assertThat(f.auditEntries(TestLogins.PHONE, AuditLog.REVEAL, subject)).isEqualTo(1);
        assertThat(jdbc.sql("select detail from audit_log where subject = ?").param(subject).query(String.class).single())
                .as("the audit trail names the customer by key and masked number only")
                .isEqualTo("customer 360 · 139****0011");

        assertThat(page(TestLogins.SUPERVISOR, post("/customers/" + key + "/reveal").with(csrf()))).contains("王小明");
        assertThat(f.auditEntries(TestLogins.SUPERVISOR, AuditLog.REVEAL, subject)).isEqualTo(1);
        mvc.perform(post("/customers/" + key + "/reveal").with(csrf()).with(logins.as(TestLogins.OTHER_PHONE)))
                .andExpect(status().isForbidden());
        assertThat(f.auditEntries(TestLogins.OTHER_PHONE, AuditLog.REVEAL, subject)).isZero();
    }

    @Test
    void aCustomerManagerSeesTheBranchOfTheCustomersTheyVisit() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        f.insert(WorkbenchFixture.yellow("13900020051", "CM-T1"));
        String view = page(TestLogins.CUSTOMER_MANAGER, get("/customers/" + f.keyOf("13900020051")));
        assertThat(view).contains("xihu").doesNotContain("区县已脱敏").doesNotContain("1985-03-08").doesNotContain("2012-05-01");
        assertThat(page(TestLogins.SUPERVISOR, get("/customers/" + f.keyOf("13900020051")))).doesNotContain("xihu");
    }

    @Test
    void analystsNeverRevealNorWrite() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        String taskId = f.insert(WorkbenchFixture.yellow("13900020021", "PM-T1"));
        String key = "/customers/" + f.keyOf("13900020021");
        String view = page(TestLogins.ANALYST, get(key));
        assertThat(view).doesNotContain("id=\"reveal\"").doesNotContain("id=\"contact-form\"").doesNotContain("id=\"note-form\"");
        mvc.perform(post(key + "/reveal").with(csrf()).with(logins.as(TestLogins.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(post(key + "/notes").param("note", "likes data").with(csrf())
                .with(logins.as(TestLogins.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(post(key + "/contacts").param("taskId", taskId).param("channel", "phone_manager")
                .param("outcome", "reached").with(csrf()).with(logins.as(TestLogins.ANALYST))).andExpect(status().isForbidden());
        assertThat(f.auditEntries(TestLogins.ANALYST, AuditLog.REVEAL, "customer " + f.keyOf("13900020021"))).isZero();
        assertThat(f.contactsOf("13900020021")).isZero();
        assertThat(f.taskStatus(taskId)).isEqualTo("open");
    }

    @Test
    void theViewExplainsTheZoneAndShowsHistoryHoldingsAndTrend() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        f.insert(WorkbenchFixture.yellow("13900020031", "PM-T1"));
        String zh = page(TestLogins.PHONE, get("/customers/" + f.keyOf("13900020031")));
        assertThat(zh).contains("客户360视图")
                .contains("话费从 260.00 元降至 150.00 元，低于 A=188.00")   // the reason behind the zone, in words
                .contains("话费跌破高价值门槛").contains("话费环比下降超过30%")  // the open task's warnings
                .contains("黄色异动区").contains("蓝色安全区")                 // zone history, newest first
                .contains("全球通188").contains("188.00")                     // plan and fee
                .contains("电话经理一")                                       // the assigned manager
                .contains("id=\"contract-end\" class=\"error\"")             // contract within 60 days
                .contains("（农历）")
                // the chart's data for static/js/customer-trend.js: twelve of the 13 months, one series a measure
                .contains("echarts.min.js").contains("/js/customer-trend.js").contains("data-months=\"2025-11,")
                .contains(",2026-10\"").contains("260.00,150.00\"").contains("data-minutes=\"431,").contains(",280\"");
        assertThat(zh).as("no inline script: the pages run under a Content-Security-Policy").doesNotContainPattern("<script(?![^>]*\\ssrc=)");
        assertThat(zh.indexOf("黄色异动区", zh.indexOf("id=\"zone-history\""))).isLessThan(
                zh.indexOf("蓝色安全区", zh.indexOf("id=\"zone-history\"")));
        // gender, birth date, branch, plan, contract end known; no group and no needs note yet: 5 of 7
        assertThat(zh).contains("id=\"completeness\">71%<");

        String en = page(TestLogins.PHONE, get("/customers/" + f.keyOf("13900020031")).param("lang", "en"));
        assertThat(en).contains("Customer 360°").contains("The bill fell from 260.00 to 150.00 CNY, below A=188.00")
                .contains("Bill fell below the high-value threshold").contains("Contact history").contains("born in the 1980s");
    }

    @Test
    void managersAddNotesToTheirCustomersOnly() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        f.insert(WorkbenchFixture.yellow("13900020041", "CM-T1"));
        String key = "/customers/" + f.keyOf("13900020041");
        mvc.perform(post(key + "/notes").param("tags", "Travel，data").param("note", "出差多，关注国际漫游")
                        .with(csrf()).with(logins.as(TestLogins.CUSTOMER_MANAGER)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(key + "#notes"));
        String view = page(TestLogins.CUSTOMER_MANAGER, get(key));
        assertThat(view).contains("出差多，关注国际漫游").contains(">travel<").contains(">data<")
                .contains("id=\"completeness\">86%<");
        mvc.perform(post(key + "/notes").param("note", "not mine").with(csrf())
                .with(logins.as(TestLogins.OTHER_CUSTOMER_MANAGER))).andExpect(status().isForbidden());
        String blank = page(TestLogins.CUSTOMER_MANAGER, post(key + "/notes").param("note", " ").with(csrf()));
        assertThat(blank).contains("请填写备注内容。");
    }
}
