package dev.retain.app.campaign.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The VIP event screens (SPEC R7.6, R14): a supervisor creates an event and a pool, claims a ticket at the desk and
 * cancels it; the pages in zh-CN and English; numbers masked; managers see events and pools but not who claimed,
 * and claim for their own customers only; every change refused to every other role (403), and the pages to roles
 * outside the retention work.
 */
@RetainWebTest
class VipEventPagesTests {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired VipEvents events;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aSupervisorCreatesAnEventAddsAPoolClaimsAtTheDeskAndCancels() throws Exception {
        String keyword = VipEventFixture.keyword("YC");
        LocalDateTime now = LocalDateTime.now(clock);
        MvcResult created = mvc.perform(post("/events").with(logins.as(TestLogins.SUPERVISOR)).with(csrf())
                        .param("title", "越剧专场").param("kind", "show").param("venue", "杭州剧院")
                        .param("startsAt", LOCAL.format(now.plusDays(20))).param("claimsFrom", LOCAL.format(now.minusHours(2)))
                        .param("claimsUntil", LOCAL.format(now.plusDays(10))).param("keyword", keyword.toLowerCase()).param("perCustomerLimit", "1"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/events/\\d+");
        long id = Long.parseLong(location.substring("/events/".length()));
        assertThat(events.get(id).keyword()).isEqualTo(keyword);

        mvc.perform(post("/events/" + id + "/pools").with(logins.as(TestLogins.SUPERVISOR)).with(csrf())
                        .param("kind", "hvc_experience").param("tickets", "5").param("tiers", "gold").param("tiers", "diamond"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "票池已添加。"));
        String msisdn = VipEventFixture.number(60, 1);
        VipEventFixture.customer(jdbc, msisdn, "gold", null);
        mvc.perform(post("/events/" + id + "/claims").with(logins.as(TestLogins.SUPERVISOR)).with(csrf()).param("msisdn", msisdn).param("key", "k-60-1"))
                .andExpect(flash().attribute("saved", "客户已领到门票。"));
        // a double submit of the same form is one claim
        mvc.perform(post("/events/" + id + "/claims").with(logins.as(TestLogins.SUPERVISOR)).with(csrf()).param("msisdn", msisdn).param("key", "k-60-1"))
                .andExpect(flash().attribute("saved", "客户已领到门票。"));
        mvc.perform(post("/events/" + id + "/claims").with(logins.as(TestLogins.SUPERVISOR)).with(csrf()).param("msisdn", msisdn).param("key", "k-60-2"))
                .andExpect(flash().attribute("refused", "客户已领取或候补的数量已达每人限额。"));

        String detail = page(TestLogins.SUPERVISOR, "/events/" + id);
        assertThat(detail).contains("越剧专场", "高价值客户体验", "金卡、", "钻石卡", "1 / 5", "137****" + msisdn.substring(7), "领票中", "现场登记")
                .doesNotContain(msisdn);
        assertThat(page(TestLogins.SUPERVISOR, "/events")).contains("越剧专场", keyword, "1 / 5");
        assertThat(page(TestLogins.SUPERVISOR, "/events/" + id + "?lang=en")).contains("High-value experience", "Taking claims", "Tickets claimed");

        long claim = events.claims(id).get(0).id();
        mvc.perform(post("/events/" + id + "/claims/" + claim + "/cancel").with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(flash().attribute("saved", "已取消。"));
        assertThat(events.pools(id).get(0).taken()).isZero();

        // a refusal comes back as a sentence, and the form as typed
        mvc.perform(post("/events").with(logins.as(TestLogins.SUPERVISOR)).with(csrf())
                        .param("title", "撞口令").param("kind", "club").param("venue", "会所")
                        .param("startsAt", LOCAL.format(now.plusDays(20))).param("claimsFrom", LOCAL.format(now))
                        .param("claimsUntil", LOCAL.format(now.plusDays(1))).param("keyword", keyword).param("perCustomerLimit", "1"))
                .andExpect(flash().attribute("refused", "另一场进行中的活动已使用口令 " + keyword + "：请换一个，或先结束那场活动。"));
    }

    @Test
    void managersSeeEventsAndPoolsButNotWhoClaimedAndEveryOtherRoleIsRefusedChanges() throws Exception {
        long id = VipEventFixture.eventWithPool(events, clock, "茶艺沙龙", 1, 3, List.of());
        String msisdn = VipEventFixture.number(61, 1);
        VipEventFixture.customer(jdbc, msisdn, "silver", null);
        events.claim(id, msisdn, VipEventClaimChannel.STAFF, "k-61-1", TestLogins.SUPERVISOR);

        for (String manager : List.of(TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER)) {
            String detail = page(manager, "/events/" + id);
            assertThat(detail).contains("茶艺沙龙", "1 / 3", "为我的客户领票").doesNotContain("137****", "claims-table", "new-pool-form");
        }
        assertThat(page(TestLogins.ANALYST, "/events/" + id)).contains("137****" + msisdn.substring(7)).doesNotContain("staff-claim-form",
                "new-pool-form", "edit-event-form", "new-event-form");
        assertThat(page(TestLogins.ANALYST, "/events")).doesNotContain("new-event-form");

        mvc.perform(get("/events").with(logins.as(TestLogins.HANDLER))).andExpect(status().isForbidden());
        mvc.perform(get("/events/" + id).with(logins.as(TestLogins.HANDLER))).andExpect(status().isForbidden());
        long claim = events.claims(id).get(0).id();
        // a manager claims for their own customer, and for nobody else's (the same 403 as anyone else's customer's page)
        String own = VipEventFixture.number(61, 2);
        VipEventFixture.customer(jdbc, own, "silver", null);
        jdbc.sql("insert into assignment (msisdn, manager_id, role, reason, month, assigned_by) values (?, ?, 'phone_manager', 'manual', '2026-10', 'test')")
                .params(own, TestLogins.PHONE.toUpperCase()).update();
        mvc.perform(post("/events/" + id + "/claims").with(logins.as(TestLogins.PHONE)).with(csrf()).param("msisdn", own).param("key", "k-61-own"))
                .andExpect(flash().attribute("saved", "客户已领到门票。"));
        mvc.perform(post("/events/" + id + "/claims").with(logins.as(TestLogins.OTHER_PHONE)).with(csrf()).param("msisdn", own).param("key", "k-61-o"))
                .andExpect(status().isForbidden());
        assertThat(events.claims(id)).hasSize(2);
        for (String wrong : List.of(TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER, TestLogins.HANDLER)) {
            mvc.perform(post("/events").with(logins.as(wrong)).with(csrf()).param("title", "x")).andExpect(status().isForbidden());
            mvc.perform(post("/events/" + id).with(logins.as(wrong)).with(csrf()).param("version", "1")).andExpect(status().isForbidden());
            mvc.perform(post("/events/" + id + "/state").with(logins.as(wrong)).with(csrf()).param("version", "1").param("open", "false"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/events/" + id + "/pools").with(logins.as(wrong)).with(csrf()).param("kind", "vip_reward").param("tickets", "9"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/events/" + id + "/claims").with(logins.as(wrong)).with(csrf()).param("msisdn", msisdn).param("key", "x-" + wrong))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/events/" + id + "/claims/" + claim + "/cancel").with(logins.as(wrong)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(events.claims(id)).hasSize(2).allSatisfy(c -> assertThat(c.claimed()).isTrue());
        assertThat(events.pools(id)).hasSize(1);
        mvc.perform(get("/events/" + (id + 100_000)).with(logins.as(TestLogins.SUPERVISOR))).andExpect(status().isNotFound());
    }
}
