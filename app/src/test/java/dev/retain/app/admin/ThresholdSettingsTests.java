package dev.retain.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.security.Users;
import dev.retain.engine.zone.ZoneThresholds;
import java.math.BigDecimal;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@RetainWebTest
class ThresholdSettingsTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired RetentionSettings settings;
    @Autowired Users users;

    /** Other test classes share the database: leave the engine's defaults in force. */
    @AfterEach
    void restoreDefaults() {
        ZoneThresholds d = ZoneThresholds.DEFAULTS;
        settings.saveThresholds(BigDecimal.valueOf(d.highValueBillFen(), 2), d.outgoingMinutes(), BigDecimal.valueOf(d.minCommitFen(), 2),
                users.find(TestLogins.ADMIN).orElseThrow());
    }

    @Test
    void savingNewThresholdsPutsThemInForceWithHistoryAndAudit() throws Exception {
        mvc.perform(post("/admin/settings").param("highValueBill", "199.50").param("mouThreshold", "250").param("minCommit", "77")
                        .with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(settings.thresholds()).isEqualTo(new ZoneThresholds(19950, 250, 7700));
        assertThat(jdbc.sql("select detail from audit_log where action = 'thresholds_saved' order by id desc limit 1")
                .query(String.class).single()).isEqualTo("A=199.50 M=250 C=77.00");
        mvc.perform(get("/admin/settings").param("lang", "en").with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"current-a\">199.50<")))
                .andExpect(content().string(Matchers.containsString("id=\"current-m\">250<")))
                .andExpect(content().string(Matchers.containsString("Zone thresholds")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        mvc.perform(get("/admin/settings").with(logins.as(TestLogins.ADMIN)))
                .andExpect(content().string(Matchers.containsString("分区阈值")));
    }

    @Test
    void invalidValuesAreRefusedAtTheirFieldAndNothingIsSaved() throws Exception {
        long before = jdbc.sql("select count(*) from threshold_settings").query(Long.class).single();
        mvc.perform(post("/admin/settings").param("highValueBill", "188.123").param("mouThreshold", "-5").param("minCommit", "abc")
                        .param("lang", "en").with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"error-highValueBill\">At most two decimals.<")))
                .andExpect(content().string(Matchers.containsString("id=\"error-mouThreshold\">Must be greater than zero.<")))
                .andExpect(content().string(Matchers.containsString("id=\"error-minCommit\">Enter an amount such as 188.00.<")))
                .andExpect(content().string(Matchers.containsString("value=\"188.123\"")));
        mvc.perform(post("/admin/settings").param("highValueBill", "0").param("mouThreshold", "1.5").param("minCommit", "")
                        .param("lang", "en").with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(content().string(Matchers.containsString("id=\"error-highValueBill\">Must be greater than zero.<")))
                .andExpect(content().string(Matchers.containsString("id=\"error-mouThreshold\">Enter a whole number of minutes.<")))
                .andExpect(content().string(Matchers.containsString("id=\"error-minCommit\">Enter a value.<")));
        assertThat(jdbc.sql("select count(*) from threshold_settings").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void onlyAdminsOpenOrSaveTheThresholds() throws Exception {
        mvc.perform(get("/admin/settings").with(logins.as(TestLogins.ADMIN))).andExpect(status().isOk());
        for (String wrong : new String[] {TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            mvc.perform(get("/admin/settings").with(logins.as(wrong))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/settings").param("highValueBill", "100").param("mouThreshold", "100").param("minCommit", "50")
                    .with(logins.as(wrong)).with(csrf())).andExpect(status().isForbidden());
        }
    }
}
