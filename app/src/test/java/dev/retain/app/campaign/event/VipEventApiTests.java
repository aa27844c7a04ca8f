package dev.retain.app.campaign.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import dev.retain.app.security.Scope;
import dev.retain.app.security.internal.ApiClients;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code POST /api/v1/vip-events/{id}/claims} (SPEC R7.6): BOSS's prepay claims with an {@code events:write} key,
 * idempotent by the prepay reference; refusals as problem documents; other scopes and roles refused.
 */
@RetainWebTest
class VipEventApiTests {

    @Autowired MockMvc mvc;
    @Autowired ApiClients clients;
    @Autowired JdbcClient jdbc;
    @Autowired TestLogins logins;
    @Autowired VipEvents events;
    @Autowired Clock clock;

    private String key(Scope scope) {
        RetainUser admin = new RetainUser(TestLogins.ADMIN, "管理员", Role.ADMIN, null);
        return clients.create("boss-" + System.nanoTime(), Set.of(scope), admin).key();
    }

    private MockHttpServletRequestBuilder claim(long event, String msisdn, String reference) {
        return post("/api/v1/vip-events/" + event + "/claims").contentType(MediaType.APPLICATION_JSON)
                .content("{\"msisdn\": \"%s\", \"prepayReference\": \"%s\"}".formatted(msisdn, reference));
    }

    private ResultActions asClient(String key, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + key));
    }

    @Test
    void bossClaimsForAPrepaidCustomerOncePerReference() throws Exception {
        long event = VipEventFixture.eventWithPool(events, clock, "健康讲座", 1, 1, List.of("gold"));
        String gold = VipEventFixture.number(70, 1);
        String gold2 = VipEventFixture.number(70, 2);
        String silver = VipEventFixture.number(70, 3);
        VipEventFixture.customer(jdbc, gold, "gold", null);
        VipEventFixture.customer(jdbc, gold2, "gold", null);
        VipEventFixture.customer(jdbc, silver, "silver", null);
        String key = key(Scope.EVENTS_WRITE);

        asClient(key, claim(event, "+86" + gold, "PP-70-1")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("claimed")).andExpect(jsonPath("$.msisdn").value("137****" + gold.substring(7)))
                .andExpect(jsonPath("$.prepayReference").value("PP-70-1")).andExpect(jsonPath("$.replay").value(false));
        asClient(key, claim(event, gold, "PP-70-1")).andExpect(status().isOk()).andExpect(jsonPath("$.replay").value(true));
        asClient(key, claim(event, gold2, "PP-70-1")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("vip.error.reference-used"));
        asClient(key, claim(event, gold2, "PP-70-2")).andExpect(status().isCreated()).andExpect(jsonPath("$.state").value("waiting"));
        asClient(key, claim(event, silver, "PP-70-3")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.outcome").value("not-eligible")).andExpect(jsonPath("$.code").value("vip.outcome.not-eligible"));
        asClient(key, claim(event, "", "PP-70-4")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("vip.error.msisdn"));
        asClient(key, claim(event + 100_000, gold, "PP-70-5")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select created_by from vip_event_claim where channel = 'prepay' and source_ref = 'PP-70-1'").query(String.class)
                .single()).startsWith("client:boss-");
        assertThat(events.pools(event).get(0).taken()).isEqualTo(1);
    }

    @Test
    void otherScopesAndRolesAreRefused() throws Exception {
        long event = VipEventFixture.eventWithPool(events, clock, "书法讲座", 1, 10, List.of());
        String msisdn = VipEventFixture.number(71, 1);
        VipEventFixture.customer(jdbc, msisdn, "gold", null);
        asClient(key(Scope.COMPLAINTS_WRITE), claim(event, msisdn, "PP-71-1")).andExpect(status().isForbidden());
        for (String wrong : List.of(TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER, TestLogins.HANDLER)) {
            mvc.perform(claim(event, msisdn, "PP-71-" + wrong).with(logins.as(wrong)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(claim(event, msisdn, "PP-71-s").with(logins.as(TestLogins.SUPERVISOR)).with(csrf())).andExpect(status().isCreated());
        assertThat(jdbc.sql("select count(*) from vip_event_claim where event_id = ?").param(event).query(Integer.class).single()).isEqualTo(1);
    }
}
