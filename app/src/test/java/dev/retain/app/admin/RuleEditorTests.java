package dev.retain.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.cycle.RuleDryRun;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The rules editor; the dry run's counting belongs to the cycle module, so here it is a test double. */
@RetainWebTest
class RuleEditorTests {

    /** The built-in rules with the third rule (yellow_zone, after white_zone and repeat_complainant) misspelling a fact. */
    private static final String YELLOW_TYPO = RetentionSettings.defaultRulesYaml()
            .replace("when: zone == \"yellow\"\n", "when: zone == yelow\n");

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired RetentionSettings settings;
    @MockitoBean RuleDryRun dryRun;

    @Test
    void anInvalidRuleIsNotSavedAndTheErrorIsShownAtThatRule() throws Exception {
        assertThat(YELLOW_TYPO).isNotEqualTo(RetentionSettings.defaultRulesYaml());
        long before = versions();
        String html = mvc.perform(post("/admin/rules").param("yaml", YELLOW_TYPO).param("lang", "en")
                        .with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(versions()).isEqualTo(before);
        assertThat(html).containsPattern("id=\"rule-3\"\\s+class=\"overdue\"");
        assertThat(html).containsPattern("(?s)id=\"rule-error-3\".*Rule yellow_zone is refused:.*rule &#39;yellow_zone&#39;: condition does not compile");
        assertThat(html).doesNotContain("id=\"rule-error-2\"", "id=\"rule-error-4\"");
        assertThat(html).as("the text typed is kept").contains("when: zone == yelow");
        assertThat(html).doesNotContain("??");
    }

    @Test
    void theEditorListsTheFactsAConditionMayUseWithValueGradings() throws Exception {
        String html = mvc.perform(get("/admin/rules").param("lang", "en").with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"fact-names\"").contains("zone : string").contains("rfm_r : int").contains("rfm : string")
                .contains("value_grade : string").contains("clv : double").contains("important_keep").contains("by quintiles");
        String zh = mvc.perform(get("/admin/rules").param("lang", "zh_CN").with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("条件可用的事实").contains("重要保持");
    }

    @Test
    void aValidTextBecomesTheVersionInForce() throws Exception {
        String edited = "# tried by RuleEditorTests\n" + RetentionSettings.defaultRulesYaml();
        long before = versions();
        mvc.perform(post("/admin/rules").param("yaml", edited).with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(versions()).isEqualTo(before + 1);
        assertThat(settings.rulesYaml()).isEqualTo(edited);
        assertThat(settings.ruleHistory().get(0).savedBy()).isEqualTo(TestLogins.ADMIN);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'rules_saved'").query(Long.class).single()).isPositive();
        String html = mvc.perform(get("/admin/rules").with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("预警规则", "tried by RuleEditorTests", "white_zone", "blue_profile_gaps").doesNotContain("??");
    }

    @Test
    void theDryRunCountsMatchesPerRuleForTheNewestCycleMonth() throws Exception {
        YearMonth month = YearMonth.of(2039, 6);
        String yaml = RetentionSettings.defaultRulesYaml();
        when(dryRun.latestCycleMonth()).thenReturn(Optional.of(month));
        when(dryRun.countMatches(eq(month), eq(yaml), any())).thenReturn(Map.of("yellow_zone", 12L, "white_zone", 7L));

        String html = mvc.perform(post("/admin/rules/dry-run").param("yaml", yaml).param("lang", "en")
                        .with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("2039-06", "dry-run-counts", "yellow_zone", ">12<", "white_zone", ">7<");
        verify(dryRun).countMatches(eq(month), eq(yaml), eq(settings.thresholds()));
    }

    @Test
    void theDryRunValidatesFirst() throws Exception {
        String html = mvc.perform(post("/admin/rules/dry-run").param("yaml", YELLOW_TYPO).param("lang", "en")
                        .with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("yellow_zone", "class=\"error\"").doesNotContain("dry-run-counts");
        verify(dryRun, never()).countMatches(any(), anyString(), any());
    }

    @Test
    void aTextWrongAsAWholeShowsTheErrorAboveAndIsNotSaved() throws Exception {
        long before = versions();
        String html = mvc.perform(post("/admin/rules").param("yaml", "rules: [").param("lang", "en")
                        .with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("(?s)id=\"rules-error\".*not valid YAML").contains("rules: [");
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void withoutACycleTheDryRunSaysSo() throws Exception {
        when(dryRun.latestCycleMonth()).thenReturn(Optional.empty());
        mvc.perform(post("/admin/rules/dry-run").param("yaml", RetentionSettings.defaultRulesYaml()).param("lang", "en")
                        .with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("No cycle has run yet")));
        verify(dryRun, never()).countMatches(any(), anyString(), any());
    }

    @Test
    void onlyAdminsOpenSaveOrTryTheRules() throws Exception {
        for (String wrong : new String[] {TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            mvc.perform(get("/admin/rules").with(logins.as(wrong))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/rules").param("yaml", "x").with(logins.as(wrong)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/admin/rules/dry-run").param("yaml", "x").with(logins.as(wrong)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/rules").with(logins.as(TestLogins.ADMIN))).andExpect(status().isOk());
    }

    private long versions() {
        return jdbc.sql("select count(*) from rule_set_version").query(Long.class).single();
    }
}
