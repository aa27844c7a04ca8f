package dev.retain.app.cycle;

import static dev.retain.app.cycle.CycleTestProvince.MONTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.admin.RetentionSettings;
import dev.retain.engine.rules.RuleSetException;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The admin's dry run of a rules file counts exactly what the cycle would match. */
@RetainWebTest
class RuleDryRunTests {

    @Autowired RuleDryRun dryRun;
    @Autowired CycleService cycles;
    @Autowired RetentionSettings settings;
    @Autowired DataSource dataSource;
    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;

    CycleTestProvince province;

    @BeforeEach
    void province() {
        province = CycleTestProvince.loadedInto(dataSource);
    }

    @Test
    void countsEqualTheReasonsOfTheEnginesTasks() {
        Map<String, Long> counts = dryRun.countMatches(MONTH, settings.rulesYaml(), settings.thresholds());

        Map<String, Long> matched = new TreeMap<>();
        counts.forEach((rule, n) -> { if (n > 0) matched.put(rule, n); });
        assertThat(counts.keySet()).containsAll(settings.rules().rules().stream().map(r -> r.id()).toList());
        assertThat(matched).isNotEmpty().isEqualTo(province.expected(settings).reasons());
    }

    @Test
    void anInvalidRuleIsNamedInTheError() {
        String yaml = """
                playbooks:
                  p: {due_days: 3, actions: [call]}
                rules:
                  - {id: fine_rule, when: 'zone == "red"', kind: retention, priority: 50, playbook: p}
                  - {id: typo_rule, when: 'zonee == "red"', kind: retention, priority: 40, playbook: p}
                """;
        assertThatThrownBy(() -> dryRun.countMatches(MONTH, yaml, settings.thresholds()))
                .isInstanceOf(RuleSetException.class).hasMessageContaining("typo_rule");
    }

    @Test
    void adminsTryRulesFromTheRulesPageAndNobodyElseMay() throws Exception {
        mvc.perform(post("/admin/rules/dry-run").param("yaml", settings.rulesYaml()).param("month", MONTH.toString())
                        .with(csrf()).with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"dry-run-counts\"")))
                .andExpect(content().string(Matchers.containsString("yellow_zone")));
        mvc.perform(post("/admin/rules/dry-run").param("yaml", "rules: [").param("month", MONTH.toString())
                        .with(csrf()).with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("not valid YAML")));
        for (String wrong : new String[] {TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.PHONE}) {
            mvc.perform(post("/admin/rules/dry-run").param("yaml", settings.rulesYaml()).with(csrf()).with(logins.as(wrong)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theDefaultMonthIsTheNewestSucceededCycle() {
        cycles.runNow(MONTH, "t-admin");
        assertThat(dryRun.latestCycleMonth()).isPresent();
        assertThat(dryRun.latestCycleMonth().get()).isAfterOrEqualTo(MONTH);
    }
}
