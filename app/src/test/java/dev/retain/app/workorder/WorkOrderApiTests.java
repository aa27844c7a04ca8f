package dev.retain.app.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code POST /api/v1/work-orders} and {@code GET /api/v1/work-orders/{id}}: opened once per external id
 * (also by parallel repeats), refusals as problem documents naming the field, scopes and roles.
 * MSISDNs 1369413xxxx belong to this class.
 */
@RetainWebTest
class WorkOrderApiTests {

    @Autowired MockMvc mvc;
    @Autowired ApiClients clients;
    @Autowired JdbcClient jdbc;
    @Autowired TestLogins logins;

    private String writeKey;
    private String readKey;

    @BeforeEach
    void clients() {
        RetainUser admin = new RetainUser(TestLogins.ADMIN, "管理员", Role.ADMIN, null);
        writeKey = clients.create("boss-" + System.nanoTime(), Set.of(Scope.WORKORDERS_WRITE), admin).key();
        readKey = clients.create("boss-read-" + System.nanoTime(), Set.of(Scope.WORKORDERS_READ), admin).key();
    }

    private static String body(String externalId, String msisdn, String channel) {
        return "{\"externalId\":" + (externalId == null ? "null" : "\"" + externalId + "\"") + ",\"msisdn\":\"" + msisdn
                + "\",\"channel\":\"" + channel + "\",\"category\":\"billing\",\"description\":\"多扣了 20 元流量费\"}";
    }

    private ResultActions send(String key, String json) throws Exception {
        return mvc.perform(post("/api/v1/work-orders").header("Authorization", "Bearer " + key)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void anOrderIsOpenedRoutedAndTimedAndARepeatAnswersTheFirst() throws Exception {
        String first = send(writeKey, body("boss-api-1", "13694130001", "api")).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("new")).andExpect(jsonPath("$.queue").value("billing"))
                .andExpect(jsonPath("$.priority").value("regular")).andExpect(jsonPath("$.msisdn").value("136****0001"))
                .andExpect(jsonPath("$.dueAt").isNotEmpty()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(first, "$.id")).longValue();
        String again = send(writeKey, body("boss-api-1", "13694130001", "api")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(again).isEqualTo(first);
        send(writeKey, body("boss-api-1", "13694130009", "api")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("externalId")).andExpect(jsonPath("$.id").doesNotExist());
        assertThat(jdbc.sql("select created_by from work_order where id = ?").param(id).query(String.class).single()).startsWith("client:boss-");

        mvc.perform(get("/api/v1/work-orders/" + id).header("Authorization", "Bearer " + readKey)).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id)).andExpect(jsonPath("$.externalId").value("boss-api-1"));
        mvc.perform(get("/api/v1/work-orders/999999999").header("Authorization", "Bearer " + readKey)).andExpect(status().isNotFound());
    }

    @Test
    void parallelRepeatsOfOneExternalIdOpenOneOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(pool.submit(() -> send(writeKey, body("boss-api-par", "13694130002", "hotline")).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString()));
        }
        Set<Object> ids = new HashSet<>();
        for (Future<String> c : calls) ids.add(JsonPath.read(c.get(60, TimeUnit.SECONDS), "$.id"));
        pool.shutdown();
        assertThat(ids).hasSize(1);
        assertThat(jdbc.sql("select count(*) from work_order where external_id = 'boss-api-par'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsAProblemNamingTheField() throws Exception {
        send(writeKey, body("boss-api-bad", "13694130003", "fax")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("channel")).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("fax")));
        send(writeKey, body("boss-api-bad", "not-a-number", "api")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("msisdn"));
        send(writeKey, "{\"msisdn\":\"13694130003\",\"channel\":\"api\",\"category\":\"billing\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("description"));
        send(writeKey, "{not json").andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from work_order where msisdn = '13694130003'").query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheScopesAndTheWorkingRolesMayCall() throws Exception {
        send(readKey, body("boss-api-scope", "13694130004", "api")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/work-orders/1").header("Authorization", "Bearer " + writeKey)).andExpect(status().isForbidden());
        for (String user : List.of(TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER)) {
            mvc.perform(post("/api/v1/work-orders").with(logins.as(user)).contentType(MediaType.APPLICATION_JSON)
                    .content(body(null, "13694130004", "hall"))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/work-orders/1").with(logins.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/work-orders").with(logins.as(TestLogins.HANDLER)).with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body(null, "13694130004", "hall"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("hall"));
    }
}
