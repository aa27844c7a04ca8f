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

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;

    private String page(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aManagerOpensOnlyTheirOwnCustomers() throws Exception {
        new WorkbenchFixture(jdbc).insert(WorkbenchFixture.yellow("13900020001", "PM-T1"));
        mvc.perform(get("/customers/13900020001").with(logins.as(TestLogins.PHONE))).andExpect(status().isOk());
        mvc.perform(get("/customers/13900020001").with(logins.as(TestLogins.OTHER_PHONE))).andExpect(status().isForbidden());
        mvc.perform(get("/customers/13900020001").with(logins.as(TestLogins.CUSTOMER_MANAGER))).andExpect(status().isForbidden());
        // a number that does not exist is refused the same way to a manager, so refusals reveal nothing
        mvc.perform(get("/customers/13900029999").with(logins.as(TestLogins.PHONE))).andExpect(status().isForbidden());
        for (String user : new String[] {TestLogins.SUPERVISOR, TestLogins.ADMIN, TestLogins.ANALYST}) {
            mvc.perform(get("/customers/13900020001").with(logins.as(user))).andExpect(status().isOk());
            mvc.perform(get("/customers/13900029999").with(logins.as(user))).andExpect(status().isNotFound());
        }
    }

    @Test
    void personalDataIsMaskedUntilRevealedAndEveryRevealIsAudited() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        f.insert(WorkbenchFixture.yellow("13900020011", "PM-T1"));
        String masked = page(TestLogins.PHONE, get("/customers/13900020011"));
        assertThat(masked).contains(PersonalData.maskMsisdn("13900020011")).contains("王**").doesNotContain("王小明")
                .contains("id=\"reveal\"");
        long before = f.auditEntries(TestLogins.PHONE, AuditLog.REVEAL, "13900020011");
        String clear = page(TestLogins.PHONE, get("/customers/13900020011").param("reveal", "true"));
        assertThat(clear).contains(">13900020011<").contains("王小明");
        assertThat(f.auditEntries(TestLogins.PHONE, AuditLog.REVEAL, "13900020011")).isEqualTo(before + 1);

        String supervisor = page(TestLogins.SUPERVISOR, get("/customers/13900020011").param("reveal", "true"));
        assertThat(supervisor).contains("王小明");
        assertThat(f.auditEntries(TestLogins.SUPERVISOR, AuditLog.REVEAL, "13900020011")).isEqualTo(1);
    }

    @Test
    void analystsNeverRevealNorWrite() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        String taskId = f.insert(WorkbenchFixture.yellow("13900020021", "PM-T1"));
        String view = page(TestLogins.ANALYST, get("/customers/13900020021"));
        assertThat(view).doesNotContain("id=\"reveal\"").doesNotContain("id=\"contact-form\"").doesNotContain("id=\"note-form\"");
        mvc.perform(get("/customers/13900020021").param("reveal", "true").with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/customers/13900020021/notes").param("note", "likes data").with(csrf())
                .with(logins.as(TestLogins.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(post("/customers/13900020021/contacts").param("taskId", taskId).param("channel", "phone_manager")
                .param("outcome", "reached").with(csrf()).with(logins.as(TestLogins.ANALYST))).andExpect(status().isForbidden());
        assertThat(f.auditEntries(TestLogins.ANALYST, AuditLog.REVEAL, "13900020021")).isZero();
        assertThat(f.contactsOf("13900020021")).isZero();
        assertThat(f.taskStatus(taskId)).isEqualTo("open");
    }

    @Test
    void theViewExplainsTheZoneAndShowsHistoryHoldingsAndTrend() throws Exception {
        new WorkbenchFixture(jdbc).insert(WorkbenchFixture.yellow("13900020031", "PM-T1"));
        String zh = page(TestLogins.PHONE, get("/customers/13900020031"));
        assertThat(zh).contains("客户360视图")
                .contains("话费从 260.00 元降至 150.00 元，低于 A=188.00")   // the reason behind the zone, in words
                .contains("话费跌破高价值门槛").contains("话费环比下降超过30%")  // the open task's warnings
                .contains("黄色异动区").contains("蓝色安全区")                 // zone history, newest first
                .contains("全球通188").contains("188.00")                     // plan and fee
                .contains("电话经理一")                                       // the assigned manager
                .contains("id=\"contract-end\" class=\"error\"")             // contract within 60 days
                .contains("（农历）")
                .contains("echarts.min.js").contains("/js/customer-trend.js");
        // the chart's data (read by /js/customer-trend.js): twelve of the 13 months, the last two bills
        List<String> months = attributes(zh, "data-month");
        List<String> bills = attributes(zh, "data-bill");
        assertThat(months).hasSize(12).startsWith("2025-11").endsWith("2026-10");
        assertThat(bills).endsWith("260.00", "150.00");
        assertThat(zh.indexOf("黄色异动区", zh.indexOf("id=\"zone-history\""))).isLessThan(
                zh.indexOf("蓝色安全区", zh.indexOf("id=\"zone-history\"")));
        // gender, birth date, branch, plan, contract end known; no group and no needs note yet: 5 of 7
        assertThat(zh).contains("id=\"completeness\">71%<");

        String en = page(TestLogins.PHONE, get("/customers/13900020031").param("lang", "en"));
        assertThat(en).contains("Customer 360°").contains("The bill fell from 260.00 to 150.00 CNY, below A=188.00")
                .contains("Bill fell below the high-value threshold").contains("Contact history");
    }

    @Test
    void managersAddNotesToTheirCustomersOnly() throws Exception {
        new WorkbenchFixture(jdbc).insert(WorkbenchFixture.yellow("13900020041", "CM-T1"));
        mvc.perform(post("/customers/13900020041/notes").param("tags", "Travel，data").param("note", "出差多，关注国际漫游")
                        .with(csrf()).with(logins.as(TestLogins.CUSTOMER_MANAGER)))
                .andExpect(status().is3xxRedirection());
        String view = page(TestLogins.CUSTOMER_MANAGER, get("/customers/13900020041"));
        assertThat(view).contains("出差多，关注国际漫游").contains(">travel<").contains(">data<")
                .contains("id=\"completeness\">86%<");
        mvc.perform(post("/customers/13900020041/notes").param("note", "not mine").with(csrf())
                .with(logins.as(TestLogins.OTHER_CUSTOMER_MANAGER))).andExpect(status().isForbidden());
        String blank = page(TestLogins.CUSTOMER_MANAGER, post("/customers/13900020041/notes").param("note", " ").with(csrf()));
        assertThat(blank).contains("请填写备注内容。");
    }

    private static List<String> attributes(String html, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
        List<String> values = new java.util.ArrayList<>();
        while (m.find()) values.add(m.group(1));
        return values;
    }
}
