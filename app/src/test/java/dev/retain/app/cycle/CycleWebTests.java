package dev.retain.app.cycle;

import static dev.retain.app.cycle.CycleTestProvince.MONTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import javax.sql.DataSource;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** /cycles: supervisors and admins start the cycle, analysts watch, managers are kept out. */
@RetainWebTest
class CycleWebTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired CycleService cycles;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void province() {
        CycleTestProvince.loadedInto(dataSource);
    }

    @Test
    void aSupervisorStartsTheCycleAndSeesItsOutcome() throws Exception {
        MvcResult posted = mvc.perform(post("/cycles").param("month", MONTH.toString()).with(csrf()).with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(redirectedUrl("/cycles")).andExpect(flash().attributeExists("queued")).andReturn();
        long id = ((Number) posted.getFlashMap().get("queued")).longValue();

        CycleRun run = CycleTestSupport.awaitFinished(cycles, id);

        assertThat(run.status()).as(run.error()).isEqualTo(CycleRun.Status.SUCCEEDED);
        assertThat(run.startedBy()).isEqualTo(TestLogins.SUPERVISOR);
        String page = mvc.perform(get("/cycles").param("lang", "en").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"run-" + id + "\"")))
                .andExpect(content().string(Matchers.containsString("Succeeded")))
                .andExpect(content().string(Matchers.containsString("zone zone-red")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).as("every message key resolves").doesNotContain("??");
        // a finished run's status cell no longer polls
        mvc.perform(get("/cycles/" + id + "/progress").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("hx-trigger"))));
    }

    @Test
    void aQueuedOrRunningRunPollsItsProgressEverySecond() throws Exception {
        // a row only, never scheduled: it stays queued for the assertion, then is closed
        long id = jdbc.sql("insert into cycle_run (month, status, started_by) values ('2030-10', 'queued', 'web-test') returning id")
                .query(Long.class).single();
        try {
            mvc.perform(get("/cycles/" + id + "/progress").with(logins.as(TestLogins.ANALYST)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("hx-get=\"/cycles/" + id + "/progress\"")))
                    .andExpect(content().string(Matchers.containsString("hx-trigger=\"every 1s\"")));
            jdbc.sql("update cycle_run set status = 'running', phase = 'rules', done = 50, total = 200 where id = ?").param(id).update();
            mvc.perform(get("/cycles/" + id + "/progress").param("lang", "en").with(logins.as(TestLogins.ADMIN)))
                    .andExpect(content().string(Matchers.containsString("width:25%")))
                    .andExpect(content().string(Matchers.containsString("warning rules")));
        } finally {
            jdbc.sql("update cycle_run set status = 'failed', finished_at = now(), error = 'test row' where id = ?").param(id).update();
        }
    }

    @Test
    void anUnknownRunHasNoProgress() throws Exception {
        mvc.perform(get("/cycles/987654321/progress").with(logins.as(TestLogins.SUPERVISOR))).andExpect(status().isNotFound());
    }

    @Test
    void onlySupervisorsAndAdminsMayStartACycle() throws Exception {
        for (String wrong : new String[] {TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER, TestLogins.ANALYST}) {
            mvc.perform(post("/cycles").param("month", MONTH.toString()).with(csrf()).with(logins.as(wrong)))
                    .andExpect(status().isForbidden());
        }
        long before = jdbc.sql("select count(*) from cycle_run").query(Long.class).single();
        mvc.perform(post("/cycles").param("month", "2030-13").with(csrf()).with(logins.as(TestLogins.ADMIN)))
                .andExpect(redirectedUrl("/cycles")).andExpect(flash().attribute("badMonth", "2030-13"));
        assertThat(jdbc.sql("select count(*) from cycle_run").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void analystsSeeTheRunsWithoutTheFormAndManagersDoNot() throws Exception {
        mvc.perform(get("/cycles").with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("月度周期")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"start-cycle\""))));
        mvc.perform(get("/cycles").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(content().string(Matchers.containsString("id=\"start-cycle\"")));
        for (String wrong : new String[] {TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            mvc.perform(get("/cycles").with(logins.as(wrong))).andExpect(status().isForbidden());
        }
    }
}
