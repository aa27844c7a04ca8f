package dev.retain.app.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.security.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A customer's email is personal data: masked by role like the number, in full only after an audited reveal. MSISDNs 1390071xxxx. */
@RetainWebTest
class EmailOnTheCustomerViewTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;

    private String customerWithEmail(String msisdn, String email, String channel) {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        f.insert(WorkbenchFixture.yellow(msisdn, "PM-T1"));
        jdbc.sql("update subscriber set email = ?, preferred_channel = ? where msisdn = ?").params(email, channel, msisdn).update();
        return f.keyOf(msisdn);
    }

    @Test
    void theViewShowsTheMaskedAddressAndThePreferredChannelAndTheRevealShowsItInFull() throws Exception {
        String key = customerWithEmail("13900710001", "wangxm1985@163.com", "email");
        String masked = mvc.perform(get("/customers/" + key).with(logins.as(TestLogins.PHONE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(masked).contains("w***@163.com").doesNotContain("wangxm1985").contains("电子邮件");

        String clear = mvc.perform(post("/customers/" + key + "/reveal").with(csrf()).with(logins.as(TestLogins.PHONE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(clear).contains("wangxm1985@163.com");
        assertThat(new WorkbenchFixture(jdbc).auditEntries(TestLogins.PHONE, AuditLog.REVEAL, "customer " + key)).isEqualTo(1);

        String analyst = mvc.perform(get("/customers/" + key).with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(analyst).contains("w***@163.com").doesNotContain("wangxm1985");
    }

    @Test
    void aCustomerWithoutAnAddressShowsADashAndSmsWhenTheExportDidNotSay() throws Exception {
        String key = customerWithEmail("13900710002", null, null);
        String view = mvc.perform(get("/customers/" + key).with(logins.as(TestLogins.SUPERVISOR)).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(view).containsPattern("id=\"email\">—<").containsPattern("id=\"preferred-channel\">SMS<");
    }

    @Test
    void theApiMasksTheAddressAndTheAuditedRevealGivesIt() throws Exception {
        String key = customerWithEmail("13900710003", "123456@qq.com", "call");
        mvc.perform(get("/api/v1/subscribers/" + key).with(httpBasic(TestLogins.PHONE, TestLogins.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("1***@qq.com"))
                .andExpect(jsonPath("$.preferredChannel").value("call"));
        mvc.perform(post("/api/v1/subscribers/" + key + "/reveal").with(httpBasic(TestLogins.SUPERVISOR, TestLogins.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("123456@qq.com"));
        assertThat(new WorkbenchFixture(jdbc).auditEntries(TestLogins.SUPERVISOR, AuditLog.REVEAL, "customer " + key)).isEqualTo(1);
    }
}
