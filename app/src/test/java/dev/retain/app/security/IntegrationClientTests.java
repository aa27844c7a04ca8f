package dev.retain.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.core.BusinessClock;
import dev.retain.app.security.internal.ApiClients;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Integration clients (role system): a key per client, scopes per endpoint, refusals as JSON,
 * rotation with a grace period, revocation, every call audited without personal data. Clients it-*,
 * addresses 10.80.*.
 */
@RetainWebTest
class IntegrationClientTests {

    private static final Pattern KEY = Pattern.compile("rtk_[0-9a-f]{24}\\.[A-Za-z0-9_-]{43}");

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog auditLog;
    @Autowired ApiClients clients;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @AfterEach
    void forget() {
        jdbc.sql("delete from login_throttle where key like '%10.80.%'").update();
    }

    @Test
    void aClientWithTheRightScopeIsServedAndTheWrongScopeIsRefusedAsJson() throws Exception {
        String key = create("it-tasks", "tasks:read");
        call(get("/api/v1/tasks"), key).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        for (var wrong : List.of(get("/api/v1/cycles"), get("/api/v1/segments").param("month", "2026-10"),
                post("/api/v1/cycles").contentType(MediaType.APPLICATION_JSON).content("{\"month\":\"2026-10\"}"),
                get("/api/v1/imports"))) {
            call(wrong, key).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(403));
        }
        // a key is for the API: the pages do not know it
        mvc.perform(get("/supervisor").header("Authorization", "Bearer " + key)).andExpect(redirectedUrl("/login"));

        List<AuditLog.Entry> calls = auditLog.page("client:it-tasks", AuditLog.API_CALL, 0, 20);
        assertThat(calls).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo("GET /api/v1/tasks");
            assertThat(e.detail()).isEqualTo("200");
        });
        assertThat(calls).anySatisfy(e -> {
            assertThat(e.subject()).isEqualTo("POST /api/v1/cycles");
            assertThat(e.detail()).isEqualTo("403");
        });
    }

    @Test
    void theAuditNamesTheEndpointPatternNeverThePhoneNumberInTheUrl() throws Exception {
        String key = create("it-subscribers", "subscribers:read");
        // the number in a path no endpoint takes any more (customers are addressed by key): still never repeated
        call(get("/api/v1/subscribers/13912345678"), key);
        List<AuditLog.Entry> calls = auditLog.page("client:it-subscribers", AuditLog.API_CALL, 0, 5);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).subject()).isEqualTo("GET /api/v1/subscribers/{customerKey}");
        assertThat(calls.get(0).subject() + calls.get(0).detail()).doesNotContain("13912345678");
        // a URL no endpoint matches is not repeated either
        call(get("/api/v1/no-such/13912345678"), key);
        assertThat(auditLog.page("client:it-subscribers", AuditLog.API_CALL, 0, 5).get(0).subject()).doesNotContain("13912345678");
    }

    @Test
    void aRevokedKeyAndAnUnknownKeyAreRefusedAsJson() throws Exception {
        String key = create("it-revoked", "cycles:read");
        call(get("/api/v1/cycles"), key).andExpect(status().isOk());
        long id = clients.all().stream().filter(c -> c.name().equals("it-revoked")).findFirst().orElseThrow().id();
        mvc.perform(post("/admin/clients/" + id + "/revoke").with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/clients"));
        call(get("/api/v1/cycles"), key).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", Matchers.containsString("Bearer")));
        call(get("/api/v1/cycles"), "rtk_000000000000000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                .andExpect(status().isUnauthorized());
        call(get("/api/v1/cycles"), "not-a-key").andExpect(status().isUnauthorized());
        assertThat(auditLog.page(TestLogins.ADMIN, ApiClients.REVOKED, 0, 10)).anySatisfy(e -> assertThat(e.subject()).isEqualTo("client it-revoked"));
        assertThat(auditLog.page("-", AuditLog.API_KEY_REFUSED, 0, 10)).anySatisfy(e -> assertThat(e.subject()).isEqualTo("key 000000000000000000000000"));
    }

    @Test
    void aRotatedKeyWorksBesideTheNewOneUntilItsGraceEndsWithTheClock() throws Exception {
        String old = create("it-rotate", "cycles:read");
        long id = clients.all().stream().filter(c -> c.name().equals("it-rotate")).findFirst().orElseThrow().id();
        String fresh = issuedKey(mvc.perform(post("/admin/clients/" + id + "/rotate").param("graceHours", "24")
                .with(logins.as(TestLogins.ADMIN)).with(csrf())).andExpect(status().isOk()));
        assertThat(fresh).isNotEqualTo(old);
        call(get("/api/v1/cycles"), old).andExpect(status().isOk());
        call(get("/api/v1/cycles"), fresh).andExpect(status().isOk());

        // the same rows seen 24 hours and a second later
        AtomicReference<Instant> now = new AtomicReference<>(Instant.now().plus(Duration.ofHours(23)));
        ApiClients later = new ApiClients(jdbc, new BusinessClock(now::get, ZoneId.of("Asia/Shanghai")), auditLog);
        assertThat(later.authenticate(old)).isPresent();
        now.set(Instant.now().plus(Duration.ofHours(24)).plusSeconds(5));
        assertThat(later.authenticate(old)).isEmpty();
        assertThat(later.authenticate(fresh)).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("it-rotate"));

        // no grace: the old key is refused at once
        String third = issuedKey(mvc.perform(post("/admin/clients/" + id + "/rotate").param("graceHours", "0")
                .with(logins.as(TestLogins.ADMIN)).with(csrf())));
        call(get("/api/v1/cycles"), fresh).andExpect(status().isUnauthorized());
        call(get("/api/v1/cycles"), third).andExpect(status().isOk());
        assertThat(auditLog.page(TestLogins.ADMIN, ApiClients.ROTATED, 0, 10)).anySatisfy(e -> assertThat(e.subject()).isEqualTo("client it-rotate"));
    }

    @Test
    void onlyAHashOfTheKeyIsStoredAndTheKeyIsShownOnce() throws Exception {
        String key = create("it-hash", "tasks:read");
        String secret = key.substring(key.indexOf('.') + 1);
        assertThat(jdbc.sql("select count(*) from api_key where encode(secret_hash, 'escape') like ? or key_id = ?")
                .params("%" + secret + "%", secret).query(Long.class).single()).isZero();
        mvc.perform(get("/admin/clients").with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.not(Matchers.containsString(secret))))
                .andExpect(content().string(Matchers.containsString("id=\"client-it-hash\"")));
    }

    @Test
    void everyApiEndpointDeclaresTheScopeAClientNeeds() {
        List<String> without = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = e.getValue();
            if (handler.getBeanType().getName().startsWith("org.springdoc")) continue;
            boolean api = e.getKey().getPatternValues().stream().anyMatch(p -> p.startsWith("/api/"));
            boolean scoped = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), ApiScope.class)
                    || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ApiScope.class);
            if (api && !scoped) without.add(e.getKey().toString());
        }
        assertThat(without).as("/api endpoints without @ApiScope").isEmpty();
        // and the check finds the endpoints at all
        assertThat(mappings.getHandlerMethods().keySet()).anySatisfy(info -> assertThat(info.getPatternValues()).contains("/api/v1/tasks"));
    }

    @Test
    void aClientNeedsANameAndAScopeAndOnlyAdminsManageClients() throws Exception {
        mvc.perform(post("/admin/clients").param("name", "it-none").with(logins.as(TestLogins.ADMIN)).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Tick at least one scope")));
        mvc.perform(post("/admin/clients").param("name", "IT Bad Name!").param("scopes", "tasks:read").with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"clients-refused\"")));
        assertThat(clients.all()).noneMatch(c -> c.name().equals("it-none"));
        for (String wrong : new String[] {TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            mvc.perform(get("/admin/clients").with(logins.as(wrong))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/clients").param("name", "it-x").param("scopes", "tasks:read").with(logins.as(wrong)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(clients.all()).noneMatch(c -> c.name().equals("it-x"));
        assertThat(Set.copyOf(Role.loginRoles())).doesNotContain(Role.SYSTEM);
    }

    private String create(String name, String scope) throws Exception {
        return issuedKey(mvc.perform(post("/admin/clients").param("name", name).param("scopes", scope)
                .with(logins.as(TestLogins.ADMIN)).with(csrf())).andExpect(status().isOk()));
    }

    private static String issuedKey(ResultActions page) throws Exception {
        Matcher m = KEY.matcher(page.andReturn().getResponse().getContentAsString());
        assertThat(m.find()).as("the page shows the new key").isTrue();
        return m.group();
    }

    private ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String key) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + key).with(LoginProtectionTests.from("10.80.0.1")));
    }
}
