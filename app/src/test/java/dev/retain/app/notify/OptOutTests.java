package dev.retain.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.TestLogins;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import dev.retain.app.security.Scope;
import dev.retain.app.security.internal.ApiClients;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The opt-out list (R14.4): added and taken back with a reason, audited, by the roles that may; the API likewise. */
@NotifyTest
class OptOutTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLog auditLog;
    @Autowired ApiClients clients;

    private NotifyFixture customers;

    @BeforeEach
    void setUp() {
        customers = new NotifyFixture(jdbc);
    }

    private String optOut(String msisdn) {
        return jdbc.sql("select scope from opt_out where msisdn = ?").param(msisdn).query(String.class).optional().orElse("none");
    }

    private long id(String msisdn) {
        return jdbc.sql("select id from opt_out where msisdn = ?").param(msisdn).query(Long.class).single();
    }

    @Test
    void aManagerOptsOutTheirOwnCustomerWithAReasonAndItIsAudited() throws Exception {
        customers.customer("13900080001", "PM-T1");
        mvc.perform(post("/opt-outs").param("msisdn", "+8613900080001").param("scope", "marketing").param("reason", "客户来电要求不再推送优惠")
                .with(logins.as(TestLogins.PHONE)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(optOut("13900080001")).isEqualTo("marketing");
        List<AuditLog.Entry> audit = auditLog.page(TestLogins.PHONE, "opt_out_added", 0, 5);
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.subject()).contains("139****0001").doesNotContain("13900080001");
            assertThat(e.detail()).contains("marketing", "客户来电要求不再推送优惠");
        });
        Document list = Jsoup.parse(mvc.perform(get("/opt-outs").with(logins.as(TestLogins.PHONE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(list.select("#opt-outs tbody").text()).contains("139****0001", "营销与关怀", "客户来电要求不再推送优惠", "员工登记");
        assertThat(list.select("form[action^='/opt-outs/'][action$='/remove']")).as("a manager takes none back").isEmpty();
        assertThat(list.select("#opt-out-add option[value='all']")).as("nor blocks service messages").isEmpty();
    }

    @Test
    void whatEachRoleMayNotDoIsRefused() throws Exception {
        customers.customer("13900080002", "PM-T1");
        mvc.perform(post("/opt-outs").param("msisdn", "13900080002").param("reason", "x").with(logins.as(TestLogins.OTHER_PHONE)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/opt-outs").param("msisdn", "13900080002").param("reason", "x").with(logins.as(TestLogins.ANALYST)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/opt-outs").param("msisdn", "13900080002").param("scope", "all").param("reason", "x")
                .with(logins.as(TestLogins.PHONE)).with(csrf())).andExpect(status().isForbidden());
        assertThat(optOut("13900080002")).isEqualTo("none");
        mvc.perform(post("/opt-outs").param("msisdn", "13900080002").param("reason", " ").with(logins.as(TestLogins.PHONE)).with(csrf()))
                .andExpect(status().isOk());
        assertThat(optOut("13900080002")).as("no reason, no opt-out").isEqualTo("none");

        mvc.perform(post("/opt-outs").param("msisdn", "13900080002").param("scope", "all").param("reason", "投诉升级，全部停发")
                .with(logins.as(TestLogins.SUPERVISOR)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(optOut("13900080002")).isEqualTo("all");
        mvc.perform(post("/opt-outs/" + id("13900080002") + "/remove").param("reason", "x").with(logins.as(TestLogins.PHONE)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(optOut("13900080002")).isEqualTo("all");
    }

    @Test
    void aSupervisorTakesAnOptOutBackWithAReasonAndEveryChangeIsKept() throws Exception {
        customers.customer("13900080003", null);
        mvc.perform(post("/opt-outs").param("msisdn", "13900080003").param("reason", "误操作前的退订").with(logins.as(TestLogins.SUPERVISOR))
                .with(csrf())).andExpect(status().is3xxRedirection());
        long id = id("13900080003");
        mvc.perform(post("/opt-outs/" + id + "/remove").param("reason", "客户书面同意重新接收").with(logins.as(TestLogins.SUPERVISOR)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(optOut("13900080003")).isEqualTo("none");
        assertThat(jdbc.sql("select action || ':' || reason from opt_out_change where msisdn = '13900080003' order by id").query(String.class).list())
                .containsExactly("added:误操作前的退订", "removed:客户书面同意重新接收");
        assertThat(auditLog.page(TestLogins.SUPERVISOR, "opt_out_removed", 0, 5)).anySatisfy(e -> assertThat(e.detail()).contains("客户书面同意重新接收"));
        Document found = Jsoup.parse(mvc.perform(post("/opt-outs/search").param("msisdn", "13900080003").with(logins.as(TestLogins.ANALYST))
                .with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(found.select("#opt-outs tbody tr")).singleElement().satisfies(r -> assertThat(r.text()).contains("暂无"));
    }

    @Test
    void theApiAddsListsAndTakesBackForClientsWithTheScope() throws Exception {
        RetainUser admin = new RetainUser(TestLogins.ADMIN, "管理员", Role.ADMIN, null);
        String key = clients.create("optout-crm", Set.of(Scope.OPTOUTS_WRITE, Scope.OPTOUTS_READ), admin).key();
        String readOnly = clients.create("optout-reader", Set.of(Scope.OPTOUTS_READ), admin).key();
        customers.customer("13900080004", null);
        String body = "{\"msisdn\": \"13900080004\", \"reason\": \"客服系统登记\"}";
        mvc.perform(post("/api/v1/opt-outs").contentType(MediaType.APPLICATION_JSON).content(body).header("Authorization", "Bearer " + readOnly))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/opt-outs").contentType(MediaType.APPLICATION_JSON).content(body).header("Authorization", "Bearer " + key))
                .andExpect(status().isOk()).andExpect(jsonPath("$.changed").value(true));
        mvc.perform(post("/api/v1/opt-outs").contentType(MediaType.APPLICATION_JSON).content(body).header("Authorization", "Bearer " + key))
                .andExpect(status().isOk()).andExpect(jsonPath("$.changed").value(false));
        mvc.perform(get("/api/v1/opt-outs").header("Authorization", "Bearer " + readOnly)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.msisdn == '139****0004')].scope").value("marketing"));
        mvc.perform(post("/api/v1/opt-outs").contentType(MediaType.APPLICATION_JSON).content("{\"msisdn\": \"13900080004\"}")
                .header("Authorization", "Bearer " + key)).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/opt-outs/remove").contentType(MediaType.APPLICATION_JSON)
                .content("{\"msisdn\": \"13900080004\", \"reason\": \"客户重新同意\"}").header("Authorization", "Bearer " + key))
                .andExpect(status().isOk()).andExpect(jsonPath("$.changed").value(true));
        assertThat(optOut("13900080004")).isEqualTo("none");
        assertThat(auditLog.page("client:optout-crm", "opt_out_added", 0, 5)).isNotEmpty();

        String tasksOnly = clients.create("optout-tasks", Set.of(Scope.TASKS_READ), admin).key();
        mvc.perform(get("/api/v1/opt-outs").header("Authorization", "Bearer " + tasksOnly)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/opt-outs").contentType(MediaType.APPLICATION_JSON).content(body).with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/opt-outs").contentType(MediaType.APPLICATION_JSON).content(body).header("Authorization", "Bearer " + key))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/opt-outs/remove").contentType(MediaType.APPLICATION_JSON)
                .content("{\"msisdn\": \"13900080004\", \"reason\": \"x\"}").with(logins.as(TestLogins.PHONE)))
                .andExpect(status().isForbidden());
        assertThat(optOut("13900080004")).isEqualTo("marketing");
    }
}
