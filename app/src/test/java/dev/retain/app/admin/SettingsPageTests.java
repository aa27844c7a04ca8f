package dev.retain.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.security.Users;
import dev.retain.engine.cycle.CycleSettings;
import dev.retain.engine.value.Brand;
import dev.retain.engine.zone.ZoneThresholds;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The settings page: every setting editable, checked against its range, big moves confirmed, history and audit kept, admins only. */
@RetainWebTest
class SettingsPageTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired RetentionSettings settings;
    @Autowired SettingsEditor editor;
    @Autowired Users users;

    @AfterEach
    void restoreDefaults() {
        SettingsTestSupport.restoreDefaults(editor, users.find(TestLogins.ADMIN).orElseThrow());
    }

    private MockHttpServletRequestBuilder save(String... keysAndValues) {
        MockHttpServletRequestBuilder post = post("/admin/settings").param("lang", "en");
        for (int i = 0; i < keysAndValues.length; i += 2) post.param(keysAndValues[i], keysAndValues[i + 1]);
        return post.with(logins.as(TestLogins.ADMIN)).with(csrf());
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long changes() {
        return jdbc.sql("select count(*) from setting_change").query(Long.class).single();
    }

    @Test
    void everySettingIsOnThePageInBothLanguages() throws Exception {
        for (String lang : List.of("en", "zh_CN")) {
            String page = html(get("/admin/settings").param("lang", lang).with(logins.as(TestLogins.ADMIN)));
            for (String key : settings.values().keySet()) {
                assertThat(page).as(key).contains("name=\"" + key + "\"");
            }
            assertThat(page).doesNotContain("??").contains("id=\"setting-zone.high-value-bill\"").contains("value=\"188.00\"")
                    .contains("value=\"Asia/Shanghai\"");
            assertThat(page).contains(lang.equals("en") ? "Settings" : "系统设置");
            assertThat(page).contains(lang.equals("en") ? "Tier rules" : "星级规则");
        }
    }

    @Test
    void savedSettingsAreInForceWithHistoryAndAuditPerSetting() throws Exception {
        long before = changes();
        mvc.perform(save("zone.high-value-bill", "199.5", "zone.outgoing-mou", "250", "tier.gold.min-mean-bill", "450",
                        "tier.gold.brands", "", "tier.gold.brands", "gotone", "tier.gold.brands", "mzone",
                        "assignment.phone-manager-capacity", "7000", "workbench.contract-ending-days", "45"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("savedCount", 6));

        CycleSettings inForce = settings.cycleSettings();
        assertThat(inForce.zones()).isEqualTo(new ZoneThresholds(19950, 250, 8800));
        assertThat(inForce.tiers().rules().get(1).minMeanBillFen()).isEqualTo(45_000);
        assertThat(inForce.tiers().rules().get(1).brands()).containsExactlyInAnyOrder(Brand.GOTONE, Brand.MZONE);
        assertThat(inForce.phoneManagerCapacity()).isEqualTo(7000);
        assertThat(settings.soon().contractEndingDays()).isEqualTo(45);
        assertThat(changes()).isEqualTo(before + 6);
        assertThat(jdbc.sql("""
                        select old_value || ' > ' || new_value || ' by ' || changed_by from setting_change
                        where key = 'zone.high-value-bill' order by id desc limit 1""").query(String.class).single())
                .isEqualTo("188.00 > 199.50 by " + TestLogins.ADMIN);
        assertThat(jdbc.sql("select subject || ': ' || detail from audit_log where action = ? and username = ? order by id desc limit 6")
                .params(SettingsEditor.SETTING_CHANGED, TestLogins.ADMIN).query(String.class).list())
                .contains("zone.high-value-bill: 188.00 → 199.50", "tier.gold.brands: gotone,mzone,easyown → gotone,mzone");

        String page = html(get("/admin/settings").param("lang", "en").with(logins.as(TestLogins.ADMIN)));
        assertThat(page).contains("value=\"199.50\"").contains("A – high-value bill (CNY)")
                .containsPattern("<td>t-admin</td>\\s*<td title=\"zone.high-value-bill\">A – high-value bill \\(CNY\\)</td>\\s*"
                        + "<td class=\"num\">188.00</td><td class=\"num\">199.50</td>");
        assertThat(page).containsPattern("id=\"setting-tier.gold.brands-easyown\"[^>]*value=\"easyown\"(?![^>]*checked)");
        assertThat(html(get("/admin/settings").with(logins.as(TestLogins.ADMIN)))).contains("A – 高价值话费门槛（元）").contains("修改记录");
    }

    @Test
    void valuesOutsideTheirRangeAreRefusedAtTheirFieldInEitherLanguageAndNothingIsSaved() throws Exception {
        long before = changes();
        String page = html(save("zone.high-value-bill", "1e9", "zone.min-commit", "1000000000", "zone.outgoing-mou", "1.5",
                "tier.diamond.brands", "", "import.max-reject-rate", "1", "business.time-zone", "+08:00",
                "task.horizon-months", "2"));
        assertThat(page).contains("id=\"settings-refused\"")
                .contains("id=\"error-zone.high-value-bill\">Enter a number such as 188.00.<")
                .contains("id=\"error-zone.min-commit\">Must be from 1.00 to 10000.00.<")
                .contains("id=\"error-zone.outgoing-mou\">Enter a whole number.<")
                .contains("id=\"error-tier.diamond.brands\">Choose at least one brand.<")
                .contains("id=\"error-import.max-reject-rate\">Must be from 0 to 0.2.<")
                .contains("id=\"error-business.time-zone\">Not a time zone")
                .contains("value=\"1e9\"")
                .doesNotContain("id=\"error-task.horizon-months\"");
        String zh = html(post("/admin/settings").param("zone.min-commit", "1000000000").with(logins.as(TestLogins.ADMIN)).with(csrf()));
        assertThat(zh).contains("id=\"error-zone.min-commit\">取值范围为 1.00 至 10000.00。<");
        assertThat(changes()).isEqualTo(before);
        assertThat(settings.cycleSettings()).isEqualTo(CycleSettings.DEFAULTS);
    }

    @Test
    void aMoveOfMoreThanHalfIsSavedOnlyOnceConfirmed() throws Exception {
        long before = changes();
        String ask = html(save("zone.high-value-bill", "500", "zone.outgoing-mou", "320"));
        assertThat(ask).contains("id=\"settings-confirm\"").contains("id=\"move-zone.high-value-bill\"")
                .contains("name=\"confirmed\" value=\"zone.high-value-bill=500.00\"")
                .doesNotContain("id=\"move-zone.outgoing-mou\"")
                .contains("value=\"500\"");
        assertThat(changes()).as("nothing saved before the confirmation").isEqualTo(before);
        assertThat(settings.thresholds()).isEqualTo(ZoneThresholds.DEFAULTS);

        // a confirmation of another value does not confirm this one
        assertThat(html(save("zone.high-value-bill", "600", "confirmed", "zone.high-value-bill=500.00"))).contains("id=\"settings-confirm\"");
        assertThat(changes()).isEqualTo(before);

        mvc.perform(save("zone.high-value-bill", "500", "zone.outgoing-mou", "320", "confirmed", "zone.high-value-bill=500.00"))
                .andExpect(status().is3xxRedirection());
        assertThat(settings.thresholds()).isEqualTo(new ZoneThresholds(50_000, 320, 8800));
        assertThat(changes()).isEqualTo(before + 2);
    }

    @Test
    void savingTheValuesInForceChangesNothing() throws Exception {
        long before = changes();
        mvc.perform(save("zone.high-value-bill", "188", "business.time-zone", "Asia/Shanghai"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("savedCount", 0));
        assertThat(changes()).isEqualTo(before);
    }

    @Test
    void theEditorRefusesUnknownKeysAndNamesEachProblem() {
        var admin = users.find(TestLogins.ADMIN).orElseThrow();
        SettingsEditor.Outcome outcome = editor.save(Map.of("task.horizon-months", "0"), Set.of(), admin);
        assertThat(outcome).isInstanceOfSatisfying(SettingsEditor.Refused.class,
                r -> assertThat(r.problems().get("task.horizon-months").args()).containsExactly("1", "12"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> editor.save(Map.of("zone.nonsense", "1"), Set.of(), admin))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAdminsOpenOrSaveTheSettings() throws Exception {
        long before = changes();
        for (String wrong : new String[] {TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            mvc.perform(get("/admin/settings").with(logins.as(wrong))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/settings").param("zone.high-value-bill", "100").with(logins.as(wrong)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/settings").param("zone.high-value-bill", "100").param("confirmed", "zone.high-value-bill=100.00")
                    .with(logins.as(wrong)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(changes()).isEqualTo(before);
        assertThat(settings.thresholds()).isEqualTo(ZoneThresholds.DEFAULTS);
    }
}
