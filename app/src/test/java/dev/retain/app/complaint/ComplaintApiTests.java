package dev.retain.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import dev.retain.app.security.Scope;
import dev.retain.app.security.internal.ApiClients;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/v1/complaints}: 201 then 200 for a repeat, parallel repeats make one complaint, refusals name the field. MSISDNs 1369714xxxx. */
@RetainWebTest
class ComplaintApiTests {

    @Autowired MockMvc mvc;
    @Autowired ApiClients clients;
    @Autowired JdbcClient jdbc;
    @Autowired TestLogins logins;

    private String key(Scope... scopes) {
        RetainUser admin = new RetainUser(TestLogins.ADMIN, "管理员", Role.ADMIN, null);
        return clients.create("boss-" + System.nanoTime(), Set.of(scopes), admin).key();
    }

    private ResultActions send(String key, String json) throws Exception {
        return mvc.perform(post("/api/v1/complaints").header("Authorization", "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String body(String externalId, String msisdn) {
        return """
                {"externalId": "%s", "msisdn": "%s", "channel": "api", "category": "network_coverage", "description": "室内无信号"}"""
                .formatted(externalId, msisdn);
    }

    @Test
    void aSystemHandsInAComplaintAndARepeatReturnsTheFirst() throws Exception {
        String msisdn = "13697140001";
        new ComplaintFixture(jdbc).subscriber(msisdn, "hangzhou", "xihu", "gold");
        String key = key(Scope.COMPLAINTS_WRITE);
        MvcResult first = send(key, body("boss-1", msisdn)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("intake")).andExpect(jsonPath("$.msisdn").value("136****0001"))
                .andExpect(jsonPath("$.sourceClass").value("hotline_hall")).andReturn();
        long id = ((Number) com.jayway.jsonpath.JsonPath.read(first.getResponse().getContentAsString(), "$.id")).longValue();
        send(key, body("boss-1", msisdn)).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        assertThat(jdbc.sql("select created_by from complaint where id = ?").param(id).query(String.class).single()).startsWith("client:boss-");
    }

    @Test
    void parallelRepeatsOfOneExternalIdMakeOneComplaint() throws Exception {
        String msisdn = "13697140002";
        new ComplaintFixture(jdbc).subscriber(msisdn, "hangzhou", "xihu", "none");
        String key = key(Scope.COMPLAINTS_WRITE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Callable<String> call = () -> send(key, body("boss-par", msisdn)).andReturn().getResponse().getContentAsString();
                answers.add(pool.submit(call));
            }
            Set<Object> ids = new HashSet<>();
            for (Future<String> f : answers) ids.add(com.jayway.jsonpath.JsonPath.read(f.get(), "$.id"));
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from complaint where external_id = 'boss-par'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from complaint_history h join complaint c on c.id = h.complaint_id where c.external_id = 'boss-par'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badFieldsAreAProblemDocumentNamingTheField() throws Exception {
        String key = key(Scope.COMPLAINTS_WRITE);
        send(key, """
                {"externalId": "boss-bad", "msisdn": "13697140003", "channel": "telegram", "category": "billing", "description": "x"}""")
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("channel"));
        send(key, """
                {"msisdn": 13697140003, "channel": "api", "category": "billing", "description": "x"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("msisdn"));
        send(key, """
                {"msisdn": "13697140003", "channel": "api", "category": "billing", "description": "x", "receivedAt": "yesterday"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("receivedAt"));
        send(key, """
                {"msisdn": "13697140003", "channel": "api", "category": "billing"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("description"))
                .andExpect(jsonPath("$.detail").value("description: missing"));
        assertThat(jdbc.sql("select count(*) from complaint where msisdn = '13697140003'").query(Long.class).single()).isZero();
    }

    @Test
    void wrongScopesAndRolesAreRefused() throws Exception {
        send(key(Scope.COMPLAINTS_READ), body("boss-scope", "13697140004")).andExpect(status().isForbidden());
        send(key(Scope.TASKS_WRITE), body("boss-scope", "13697140004")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/complaints").with(logins.as(TestLogins.ANALYST)).contentType(MediaType.APPLICATION_JSON)
                .content(body("an-1", "13697140004"))).andExpect(status().isForbidden());
        // a manager may hand in complaints of their own customers only
        new ComplaintFixture(jdbc).subscriber("13697140005", "hangzhou", "xihu", "none")
                .managedBy("13697140005", TestLogins.PHONE.toUpperCase(), "phone_manager");
        mvc.perform(post("/api/v1/complaints").with(logins.as(TestLogins.OTHER_PHONE)).contentType(MediaType.APPLICATION_JSON)
                .content(body("pm-2", "13697140005"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/complaints").with(logins.as(TestLogins.PHONE)).contentType(MediaType.APPLICATION_JSON)
                .content(body("pm-1", "13697140005"))).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/complaints/1").with(logins.as(TestLogins.PHONE))).andExpect(status().isForbidden());
        // a known external id with another number shows nothing of the first complaint, to a manager or a system
        new ComplaintFixture(jdbc).subscriber("13697140006", "hangzhou", "xihu", "none")
                .managedBy("13697140006", TestLogins.PHONE.toUpperCase(), "phone_manager");
        mvc.perform(post("/api/v1/complaints").with(logins.as(TestLogins.PHONE)).contentType(MediaType.APPLICATION_JSON)
                .content(body("pm-1", "13697140006"))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("externalId"))
                .andExpect(jsonPath("$.id").doesNotExist());
        send(key(Scope.COMPLAINTS_WRITE), body("pm-1", "13697140004")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("externalId"));
        assertThat(jdbc.sql("select count(*) from complaint where msisdn = '13697140004'").query(Long.class).single()).isZero();
    }
}
