package dev.retain.app.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.security.Role;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Scope;
import dev.retain.app.security.Users;
import dev.retain.app.security.internal.ApiClients;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Call lists for dialers (SPEC R13.2): a manager's open tasks due today or overdue, most urgent
 * first, with full numbers; only the manager, supervisors and dialer systems get one, and every
 * download is audited. Manager PM-CALL, MSISDNs 1390072xxxx.
 */
@RetainWebTest
class CallListTests {

    private static final String MANAGER = "call-pm";
    private static final String MANAGER_ID = "PM-CALL";

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;
    @Autowired ApiClients clients;
    @Autowired Clock clock;

    private LocalDate today;

    @BeforeEach
    void aManagerWithTasksDueOnDifferentDays() {
        today = LocalDate.now(clock);
        users.createOrReplace(MANAGER, TestLogins.PASSWORD, "外呼测试经理", Role.PHONE_MANAGER, MANAGER_ID);
        if (jdbc.sql("select count(*) from task where manager_id = ?").param(MANAGER_ID).query(Long.class).single() > 0) return;
        jdbc.sql("insert into manager (manager_id, name, role, region) values (?, '外呼经理', 'phone_manager', 'hangzhou') on conflict do nothing")
                .param(MANAGER_ID).update();
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        f.insert(WorkbenchFixture.yellow("13900720001", MANAGER_ID).priority(500).due(today.minusDays(3)));   // overdue
        f.insert(WorkbenchFixture.yellow("13900720002", MANAGER_ID).priority(900).due(today));               // due today, most urgent
        f.insert(WorkbenchFixture.yellow("13900720003", MANAGER_ID).priority(990).due(today.plusDays(2)));   // not yet
        String done = f.insert(WorkbenchFixture.yellow("13900720004", MANAGER_ID).priority(999).due(today.minusDays(1)));
        f.closeTask(done);                                                                                  // handled
        f.insert(WorkbenchFixture.yellow("13900720005", "PM-T2").priority(999).due(today));                 // someone else's
    }

    private String body(org.springframework.test.web.servlet.ResultActions r) throws Exception {
        return new String(r.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void theManagerDownloadsTodaysCallsInPriorityOrderWithFullNumbersAndTheDownloadIsAudited() throws Exception {
        String csv = body(mvc.perform(post("/tasks/call-list.csv").with(csrf()).with(logins.as(MANAGER))).andExpect(status().isOk()));
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).as("Chinese headers, after a byte order mark for spreadsheets").isEqualTo("\uFEFF序号,号码,客户,任务编号,任务类型,截止日期");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("1,13900720002,王**,T").endsWith(",保有," + today);
        assertThat(lines.get(2)).startsWith("2,13900720001,王**,T").endsWith(",保有," + today.minusDays(3));
        assertThat(csv).doesNotContain("王小明").doesNotContain("13900720003").doesNotContain("13900720004").doesNotContain("13900720005");

        assertThat(jdbc.sql("select detail from audit_log where username = ? and action = 'export' and subject = ? order by id desc limit 1")
                .params(MANAGER, "call-list " + MANAGER_ID + " " + today).query(String.class).single()).isEqualTo("2 rows");

        String later = body(mvc.perform(post("/tasks/call-list.csv").param("date", today.plusDays(2).toString()).param("lang", "en")
                .with(csrf()).with(logins.as(MANAGER))).andExpect(status().isOk()));
        assertThat(later.lines().toList()).hasSize(4).first().isEqualTo("\uFEFFseq,msisdn,customer,task_id,kind,due_date");
        assertThat(later).contains("1,13900720003,").contains(",Retention,");
    }

    @Test
    void myTasksOffersTheDownloadAsAPostOnly() throws Exception {
        String page = body(mvc.perform(get("/tasks").with(logins.as(MANAGER))).andExpect(status().isOk()));
        assertThat(page).contains("id=\"call-list-form\"").contains("method=\"post\" action=\"/tasks/call-list.csv\"").contains("今日外呼名单");
        mvc.perform(get("/tasks/call-list.csv").with(logins.as(MANAGER))).andExpect(status().is4xxClientError());
        for (String user : new String[] {TestLogins.SUPERVISOR, TestLogins.ADMIN, TestLogins.ANALYST}) {
            mvc.perform(post("/tasks/call-list.csv").with(csrf()).with(logins.as(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theApiGivesSupervisorsAnyManagersListAndManagersOnlyTheirOwn() throws Exception {
        String csv = body(mvc.perform(get("/api/v1/call-lists").param("managerId", MANAGER_ID).param("date", today.toString())
                .param("lang", "en").with(httpBasic(TestLogins.SUPERVISOR, TestLogins.PASSWORD))).andExpect(status().isOk()));
        assertThat(csv.lines().toList()).as("plain UTF-8 for a system: no byte order mark")
                .containsExactly("seq,msisdn,customer,task_id,kind,due_date", csv.lines().toList().get(1), csv.lines().toList().get(2));
        assertThat(csv).contains("1,13900720002,");
        assertThat(jdbc.sql("select count(*) from audit_log where username = ? and action = 'export' and subject = ?")
                .params(TestLogins.SUPERVISOR, "call-list " + MANAGER_ID + " " + today).query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/api/v1/call-lists").with(httpBasic(TestLogins.SUPERVISOR, TestLogins.PASSWORD))).andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail").value("managerId is required"));
        mvc.perform(get("/api/v1/call-lists").param("managerId", MANAGER_ID).param("date", "2026-13-01")
                .with(httpBasic(TestLogins.SUPERVISOR, TestLogins.PASSWORD))).andExpect(status().isBadRequest());
        assertThat(body(mvc.perform(get("/api/v1/call-lists").with(httpBasic(MANAGER, TestLogins.PASSWORD))).andExpect(status().isOk())))
                .contains("13900720002");
        mvc.perform(get("/api/v1/call-lists").param("managerId", MANAGER_ID).with(httpBasic(TestLogins.PHONE, TestLogins.PASSWORD)))
                .andExpect(status().isForbidden());
        for (String user : new String[] {TestLogins.ADMIN, TestLogins.ANALYST}) {
            mvc.perform(get("/api/v1/call-lists").param("managerId", MANAGER_ID).with(httpBasic(user, TestLogins.PASSWORD)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aDialerSystemNeedsTheTasksReadScope() throws Exception {
        RetainUser admin = new RetainUser(TestLogins.ADMIN, "测试管理员", Role.ADMIN, null);
        String dialer = clients.create("cl-dialer", Set.of(Scope.TASKS_READ), admin).key();
        String other = clients.create("cl-not-a-dialer", Set.of(Scope.SEGMENTS_READ), admin).key();
        assertThat(body(mvc.perform(get("/api/v1/call-lists").param("managerId", MANAGER_ID).header("Authorization", "Bearer " + dialer))
                .andExpect(status().isOk()))).contains("13900720002");
        assertThat(jdbc.sql("select count(*) from audit_log where username = 'client:cl-dialer' and action = 'export'")
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/call-lists").param("managerId", MANAGER_ID).header("Authorization", "Bearer " + other))
                .andExpect(status().isForbidden());
    }
}
