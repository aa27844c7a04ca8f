package dev.retain.app.notify;

import static dev.retain.app.notify.OutboxRows.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.TestLogins;
import dev.retain.app.notify.internal.Dispatcher;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import dev.retain.app.security.Scope;
import dev.retain.app.security.internal.ApiClients;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /api/v1/messages and how messages are found again: who may queue (supervisors, clients
 * with messages:write), who sees which customer's messages, masked numbers, JSON problems, and a
 * secret body that no answer, page or log line ever shows.
 */
@NotifyTest
@ExtendWith(OutputCaptureExtension.class)
class MessageApiTests {

    private static final RetainUser ADMIN = new RetainUser(TestLogins.ADMIN, "管理员", Role.ADMIN, null);

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired ApiClients clients;
    @Autowired Outbox outbox;
    @Autowired Dispatcher dispatcher;
    @Autowired MovableInstants clock;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private OutboxRows rows;
    private NotifyFixture customers;

    @BeforeEach
    void setUp() {
        rows = new OutboxRows(outbox, dispatcher, jdbc, transactions);
        customers = new NotifyFixture(jdbc);
        clock.set(at("2026-03-04T10:00"));
    }

    private ResultActions queue(String json, String user) throws Exception {
        return mvc.perform(post("/api/v1/messages").contentType(MediaType.APPLICATION_JSON).content(json).with(logins.as(user)));
    }

    private ResultActions asClient(MockHttpServletRequestBuilder request, String key) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + key));
    }

    @Test
    void aSupervisorQueuesAMessageAndARepeatOfItsKeyAnswersWithTheFirst() throws Exception {
        String json = """
                {"msisdn": "+8613900060001", "channel": "sms", "text": "您的宽带将于明日到期", "class": "service", "reason": "contract_expiry",
                 "idempotencyKey": "api-first"}""";
        String answer = queue(json, TestLogins.SUPERVISOR).andExpect(status().isCreated())
                .andExpect(jsonPath("$.msisdn").value("139****0001"))
                .andExpect(jsonPath("$.state").value("queued"))
                .andExpect(jsonPath("$.channel").value("sms"))
                .andExpect(jsonPath("$.messageClass").value("service"))
                .andExpect(jsonPath("$.history[0].state").value("queued"))
                .andReturn().getResponse().getContentAsString();
        long id = JsonMapper.shared().readTree(answer).get("id").asLong();
        queue(json, TestLogins.SUPERVISOR).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        assertThat(jdbc.sql("select queued_by from outbox_message where id = ?").param(id).query(String.class).single())
                .isEqualTo(TestLogins.SUPERVISOR);
    }

    @Test
    void rolesThatMayNotQueueAreRefusedWithAProblem() throws Exception {
        String json = "{\"msisdn\": \"13900060002\", \"text\": \"x\"}";
        for (String user : new String[] {TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER, TestLogins.ADMIN}) {
            queue(json, user).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        assertThat(jdbc.sql("select count(*) from outbox_message where msisdn = '13900060002'").query(Long.class).single()).isZero();
    }

    @Test
    void badRequestsAreProblemsThatNameWhatIsWrong() throws Exception {
        queue("{\"msisdn\": \"13900060003\", \"template\": \"t-greeting\", \"variables\": {}}", TestLogins.SUPERVISOR)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("{name}")));
        queue("{\"msisdn\": \"13900060003\", \"template\": \"t-none\"}", TestLogins.SUPERVISOR)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("t-none")));
        queue("{\"msisdn\": \"13900060003\"}", TestLogins.SUPERVISOR).andExpect(status().isBadRequest());
        queue("{\"msisdn\": \"13900060003\", \"text\": \"x\", \"channel\": \"fax\"}", TestLogins.SUPERVISOR).andExpect(status().isBadRequest());
        queue("{\"msisdn\": \"13900060003\", \"text\": \"x\", \"class\": \"urgent\"}", TestLogins.SUPERVISOR).andExpect(status().isBadRequest());
        queue("{\"msisdn\": \"call me\", \"text\": \"x\"}", TestLogins.SUPERVISOR).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from outbox_message where msisdn = '13900060003'").query(Long.class).single()).isZero();
    }

    @Test
    void integrationClientsQueueAndReadByTheirScopes() throws Exception {
        String writer = clients.create("notify-writer", Set.of(Scope.MESSAGES_WRITE, Scope.MESSAGES_READ), ADMIN).key();
        String reader = clients.create("notify-reader", Set.of(Scope.MESSAGES_READ), ADMIN).key();
        String key = customers.customer("13900060004", "PM-T1");
        String json = "{\"msisdn\": \"13900060004\", \"template\": \"t-code\", \"variables\": {\"code\": \"5521\"}, \"class\": \"service\"}";
        asClient(post("/api/v1/messages").contentType(MediaType.APPLICATION_JSON).content(json), writer).andExpect(status().isCreated());
        asClient(post("/api/v1/messages").contentType(MediaType.APPLICATION_JSON).content(json), reader).andExpect(status().isForbidden());
        asClient(get("/api/v1/messages").param("customerKey", key), reader).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].msisdn").value("139****0004"))
                .andExpect(jsonPath("$[0].reason").value("api"));
        String other = clients.create("notify-tasks", Set.of(Scope.TASKS_READ), ADMIN).key();
        asClient(get("/api/v1/messages").param("customerKey", key), other).andExpect(status().isForbidden());
    }

    @Test
    void managersFindOnlyTheirOwnCustomersMessages() throws Exception {
        String key = customers.customer("13900060005", "PM-T1");
        long id = rows.service("13900060005", "账单已出", "api-own");
        mvc.perform(get("/api/v1/messages").param("customerKey", key).with(logins.as(TestLogins.PHONE)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(get("/api/v1/messages").param("customerKey", key).with(logins.as(TestLogins.OTHER_PHONE)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/messages/search").contentType(MediaType.APPLICATION_JSON).content("{\"msisdn\": \"13900060005\"}")
                .with(logins.as(TestLogins.OTHER_PHONE))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/messages/" + id).with(logins.as(TestLogins.OTHER_PHONE))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/messages/search").contentType(MediaType.APPLICATION_JSON).content("{\"msisdn\": \"008613900060005\"}")
                .with(logins.as(TestLogins.ANALYST))).andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));
        mvc.perform(get("/api/v1/messages/" + id).with(logins.as(TestLogins.PHONE))).andExpect(status().isOk())
                .andExpect(jsonPath("$.body").value("账单已出"))
                .andExpect(jsonPath("$.history[0].state").value("queued"));
    }

    @Test
    void aSecretBodyIsNeverInAnAnswerAPageOrTheLog(CapturedOutput log) throws Exception {
        String key = customers.customer("13900060006", "PM-T1");
        String answer = queue("""
                {"msisdn": "13900060006", "text": "您的验证码是918273，5分钟内有效。", "class": "service", "secret": true, "reason": "one_time_code"}""",
                TestLogins.SUPERVISOR).andExpect(status().isCreated()).andExpect(jsonPath("$.body").value(nullValue()))
                .andExpect(jsonPath("$.secret").value(true)).andReturn().getResponse().getContentAsString();
        long id = JsonMapper.shared().readTree(answer).get("id").asLong();
        String whileQueued = mvc.perform(get("/messages/" + id).with(logins.as(TestLogins.SUPERVISOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        rows.drain();
        assertThat(rows.state(id)).isEqualTo("sent");
        StringBuilder seen = new StringBuilder(answer).append(whileQueued);
        for (String path : new String[] {"/api/v1/messages/" + id, "/api/v1/messages?customerKey=" + key}) {
            seen.append(mvc.perform(get(path).with(logins.as(TestLogins.SUPERVISOR))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
        }
        for (String page : new String[] {"/messages/" + id, "/messages", "/customers/" + key}) {
            seen.append(mvc.perform(get(page).with(logins.as(TestLogins.PHONE))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
        }
        assertThat(whileQueued).contains("secret-body");
        assertThat(seen.toString()).contains("139****0006").doesNotContain("918273");
        assertThat(log.getAll()).doesNotContain("918273");
    }
}
