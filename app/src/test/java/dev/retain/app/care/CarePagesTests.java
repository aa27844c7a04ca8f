package dev.retain.app.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.care.internal.Playbooks;
import dev.retain.app.care.internal.Playbooks.PlaybookRefused;
import dev.retain.engine.care.CarePlaybook;
import dev.retain.engine.care.PlaybookRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The care pages and their roles: today's moments (managers their own, supervisors and admins
 * pick), "run now" and region events (supervisors, admins), the playbook editor (admins); and the
 * playbook's check against the admin's real templates.
 */
@RetainWebTest
class CarePagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired Playbooks playbooks;
    @Autowired JdbcClient jdbc;

    @Test
    void theShippedPlaybookNamesOnlyTemplatesThatExistAndThatTheRunCanFill() {
        playbooks.check(CarePlaybook.defaults().rows());
        assertThat(playbooks.usableTemplates()).contains("birthday", "festival", "points_expiry", "contract_expiry", "suspension_care",
                "region_event").doesNotContain("payment_due", "one_time_code");
    }

    @Test
    void aPlaybookNamingAMissingTemplateOrOneNeedingAValueTheRunLacksIsRefused() {
        assertThatThrownBy(() -> playbooks.check(withBirthdayTemplate("care.birthday")))
                .isInstanceOfSatisfying(PlaybookRefused.class, e -> {
                    assertThat(e.key()).isEqualTo("care.playbook.refused.unknownTemplate");
                    assertThat(e.args()).contains("care.birthday");
                });
        assertThatThrownBy(() -> playbooks.check(withBirthdayTemplate("payment_due")))
                .isInstanceOfSatisfying(PlaybookRefused.class, e -> assertThat(e.args()).contains("payment_due", "balance"));
    }

    private static List<PlaybookRow> withBirthdayTemplate(String template) {
        List<PlaybookRow> rows = new ArrayList<>(CarePlaybook.defaults().rows());
        rows.replaceAll(r -> r.moment().equals("birthday") && r.tier().equals("any")
                ? new PlaybookRow(r.moment(), r.tier(), r.action(), template, r.taskKind()) : r);
        return rows;
    }

    @Test
    void theAdminSavesTheGridWholeAndEverySaveIsAudited() throws Exception {
        String page = mvc.perform(get("/admin/playbooks").with(logins.as(TestLogins.ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("关怀策略").contains("name=\"action|festival:spring|gold\"");

        MockHttpServletRequestBuilder save = post("/admin/playbooks").with(csrf()).with(logins.as(TestLogins.ADMIN));
        for (String moment : List.of("birthday", "festival", "festival:new-year", "festival:spring", "festival:lantern", "festival:qingming",
                "festival:dragon-boat", "festival:mid-autumn", "festival:national-day", "points-expiry", "contract-expiry", "payment-due",
                "suspension", "no-contact", "region-event")) {
            for (String tier : List.of("diamond", "gold", "silver", "none")) {
                boolean birthdaySilver = moment.equals("birthday") && tier.equals("silver");
                save.param("action|" + moment + "|" + tier, birthdaySilver ? "both" : "none");
                save.param("template|" + moment + "|" + tier, birthdaySilver ? "birthday" : "");
                save.param("task|" + moment + "|" + tier, birthdaySilver ? "care-call" : "");
            }
        }
        mvc.perform(save).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "care.playbook.saved"));
        assertThat(playbooks.current().rows()).hasSize(60).contains(new PlaybookRow("birthday", "silver", "both", "birthday", "care-call"));
        assertThat(jdbc.sql("select count(*) from audit_log where action = ?").param(Playbooks.AUDIT_ACTION).query(Integer.class).single()).isPositive();

        mvc.perform(post("/admin/playbooks/reset").with(csrf()).with(logins.as(TestLogins.ADMIN))).andExpect(status().is3xxRedirection());
        assertThat(playbooks.current().rows()).containsExactlyInAnyOrderElementsOf(CarePlaybook.defaults().rows());
    }

    @Test
    void aSupervisorStartsARegionEventAndTheListShowsIt() throws Exception {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date)
                        values ('13911100001', '13911100001', '周丽', 'lishui', 'gotone', date '2015-01-01') on conflict do nothing""").update();
        mvc.perform(post("/care/events").with(csrf()).with(logins.as(TestLogins.SUPERVISOR))
                        .param("region", "lishui").param("startsOn", "2099-01-01").param("endsOn", "2099-01-02").param("name", "台风测试"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "care.events.created"));
        mvc.perform(post("/care/events").with(csrf()).with(logins.as(TestLogins.SUPERVISOR))
                        .param("region", "nowhere").param("startsOn", "2099-01-01").param("name", "x"))
                .andExpect(flash().attribute("refused", "care.events.badRegion"));
        String page = mvc.perform(get("/care/events").with(logins.as(TestLogins.SUPERVISOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("台风测试");
    }

    @Test
    void managersSeeTheirOwnMomentsAndSupervisorsPickAManager() throws Exception {
        mvc.perform(get("/care/today").with(logins.as(TestLogins.PHONE))).andExpect(status().isOk());
        String supervisor = mvc.perform(get("/care/today").with(logins.as(TestLogins.SUPERVISOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(supervisor).contains("id=\"care-run-now\"").contains("id=\"care-no-manager\"");
        mvc.perform(post("/care/runs").with(csrf()).with(logins.as(TestLogins.SUPERVISOR)).param("day", "2999-01-01"))
                .andExpect(flash().attribute("refused", "care.run.future"));
    }

    @Test
    void everyEndpointRefusesTheRolesItIsNotFor() throws Exception {
        Map<String, List<String>> refusedGets = Map.of(
                "/care/today", List.of(TestLogins.ANALYST),
                "/care/events", List.of(TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER),
                "/admin/playbooks", List.of(TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER));
        for (Map.Entry<String, List<String>> e : refusedGets.entrySet()) {
            for (String who : e.getValue()) mvc.perform(get(e.getKey()).with(logins.as(who))).andExpect(status().isForbidden());
        }
        Map<String, List<String>> refusedPosts = Map.of(
                "/care/runs", List.of(TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER),
                "/care/events", List.of(TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER),
                "/admin/playbooks", List.of(TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.PHONE),
                "/admin/playbooks/reset", List.of(TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.CUSTOMER_MANAGER));
        for (Map.Entry<String, List<String>> e : refusedPosts.entrySet()) {
            for (String who : e.getValue()) {
                mvc.perform(post(e.getKey()).with(csrf()).with(logins.as(who)).param("day", "2027-01-01"))
                        .andExpect(status().isForbidden());
            }
        }
        assertThat(jdbc.sql("select count(*) from care_playbook_version where saved_by in ('t-supervisor', 'pm-t1')").query(Integer.class).single())
                .isZero();
    }
}
