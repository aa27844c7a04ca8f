package dev.retain.app.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.notify.sms.simulator.SimulatedMessage;
import dev.retain.app.notify.sms.simulator.SmscSimulator;
import dev.retain.engine.task.TaskPlanner;
import dev.retain.engine.value.Msisdn;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The tariff calculator and family-plan detection on the 360 view and on tasks, and the self-service link (SPEC R7.4,
 * R7.5, R4.3) end to end: the SMS through the outbox to the SMSC simulator, the page behind the link without a login.
 * MSISDNs 137918xxxxx and plan ids starting "tf-" belong to this class.
 */
@RetainWebTest
class TariffAdviceTests {

    private static final AtomicInteger NEXT = new AtomicInteger();
    static final String LAST = "2026-10";
    static final Pattern LINK = Pattern.compile("https?://[^/\\s]+/t/([A-Za-z0-9_-]{43})");

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired SmscSimulator simulator;

    private String msisdn;
    private String peer;

    @BeforeEach
    void customer() {
        // an import may replace the plan table between test classes: the plans go in before each test
        jdbc.sql("""
                insert into plan (plan_id, name, monthly_fee, voice_min, data_mb, sms, over_voice_per_min, over_data_per_mb, over_sms)
                values ('tf-188', '测试全球通188', 188.00, 1000, 40960, 300, 0.12, 0.01, 0.10),
                       ('tf-5', '测试5元大流量', 5.00, 100000, 1000000, 10000, 0.10, 0.01, 0.10)
                on conflict (plan_id) do update set monthly_fee = excluded.monthly_fee""").update();
        int n = NEXT.incrementAndGet();
        msisdn = "137918" + String.format("%05d", n * 10 + (int) (System.nanoTime() % 10));
        peer = "1869180" + String.format("%04d", n);
    }

    private void subscriber(String number, String managerId, boolean usage) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date, plan_id, marketing_consent, dnd)
                        values (?, ?, '李四', 'hangzhou', 'gotone', date '2015-03-01', 'tf-188', true, false)""")
                .params(number, number).update();
        if (managerId != null) {
            jdbc.sql("insert into assignment (msisdn, manager_id, role, reason, month, assigned_by) values (?, ?, 'customer_manager', 'manual', ?, 'test')")
                    .params(number, managerId, LAST).update();
        }
        if (!usage) return;
        YearMonth last = YearMonth.parse(LAST);
        for (int back = 2; back >= 0; back--) {
            jdbc.sql("insert into usage_monthly (msisdn, month, bill, mou_out, data_mb, sms, state) values (?, ?, 188.00, 300, 2048.5, 20, 'active')")
                    .params(number, last.minusMonths(back).toString()).update();
        }
        // a Unicom number called 12 and 15 times in the last two months (a family number), and one of ours
        jdbc.sql("insert into call_peer (msisdn, month, peer, peer_operator, calls, minutes) values (?, ?, ?, 'unicom', 12, 60), (?, ?, ?, 'unicom', 15, 80), (?, ?, '13900000000', 'cmcc', 40, 100)")
                .params(number, last.minusMonths(1).toString(), peer, number, LAST, peer, number, LAST).update();
    }

    private String keyOf(String number) {
        return jdbc.sql("select customer_key::text from subscriber where msisdn = ?").param(number).query(String.class).single();
    }

    private String task(String number, String managerId, String zone) {
        jdbc.sql("""
                        insert into segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk)
                        values (?, ?, 'gold', 'imported', ?, ?, 0.2, 50.00)""")
                .params(LAST, number, zone, zone + "_test").update();
        String taskId = TaskPlanner.taskId(YearMonth.parse(LAST), number);
        jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, priority, value_at_risk, due_date, manager_id)
                        values (?, ?, ?, 'retention', ?, 100, 50.00, current_date + 10, ?)""")
                .params(taskId, number, LAST, zone + "_zone", managerId).update();
        return taskId;
    }

    private String send(String user, String key, int expectStatus) throws Exception {
        return mvc.perform(post("/customers/" + key + "/tariff-advice").with(logins.as(user)).with(csrf()))
                .andExpect(status().is(expectStatus)).andReturn().getResponse().getRedirectedUrl();
    }

    private long auditEntries(String number) {
        return jdbc.sql("select count(*) from audit_log where action = 'tariff_advice_sent' and subject = ?").param(number)
                .query(Long.class).single();
    }

    private long mark() {
        return simulator.messages().stream().mapToLong(SimulatedMessage::number).max().orElse(0);
    }

    /** The token of the first link that reached the number's handset after {@code after}, waited for. */
    private String tokenSentTo(String number, long after) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            Optional<String> text = simulator.messages().stream()
                    .filter(m -> m.number() > after && m.secret() && number.equals(Msisdn.canonical(m.to())))
                    .reduce((newer, older) -> older)
                    .flatMap(m -> simulator.handsetText(m.number()));
            if (text.isPresent()) {
                Matcher link = LINK.matcher(text.get());
                assertThat(link.find()).as("a link in " + text.get()).isTrue();
                return link.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no link reached " + number + " within 20 s");
    }

    @Test
    void aManagerSeesTheAdviceOnThe360AndSendsTheLinkThatOpensWithoutALoginMasked() throws Exception {
        subscriber(msisdn, "CM-T1", true);
        String key = keyOf(msisdn);
        String page = mvc.perform(get("/customers/" + key).with(logins.as(TestLogins.CUSTOMER_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // 188 a month on the current plan; the 5 CNY plan covers the usage: 183.00 a month less (97 %)
        assertThat(page).contains("id=\"tariff-advice\"", "推荐测试5元大流量：月均5.00元，每月节省183.00元（97%）", "价格敏感");
        assertThat(page).contains("id=\"family-candidates\"", peer.substring(0, 3) + "****" + peer.substring(7), "（中国联通，27次通话）")
                .doesNotContain(peer).contains("id=\"send-tariff-advice\"");

        long before = mark();
        assertThat(send(TestLogins.CUSTOMER_MANAGER, key, 302)).isEqualTo("/customers/" + key + "#tariff-advice");
        assertThat(auditEntries(msisdn)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outbox_message where msisdn = ? and template_code = 'tariff_advice' and secret and channel = 'sms'")
                .param(msisdn).query(Long.class).single()).isEqualTo(1);
        String token = tokenSentTo(msisdn, before);
        assertThat(jdbc.sql("select count(*) from tariff_advice_link where token_hash = ?").param(token).query(Long.class).single())
                .as("only the token's hash is kept").isZero();

        // the customer's phone: no login, zh-CN by default, the number masked
        String self = mvc.perform(get("/t/" + token)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(self).contains("您的资费测算", msisdn.substring(0, 3) + "****" + msisdn.substring(7), "推荐您使用测试5元大流量", "183.00")
                .doesNotContain(msisdn).doesNotContain("<script>").doesNotContain("style=");
        String english = mvc.perform(get("/t/" + token).param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Your tariff comparison", "We recommend 测试5元大流量").doesNotContain(msisdn);
        assertThat(jdbc.sql("select open_count from tariff_advice_link where msisdn = ?").param(msisdn).query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void anUnknownOrExpiredLinkShowsNothing() throws Exception {
        subscriber(msisdn, "CM-T1", true);
        long before = mark();
        send(TestLogins.SUPERVISOR, keyOf(msisdn), 302);
        String token = tokenSentTo(msisdn, before);

        String unknown = mvc.perform(get("/t/not-a-token")).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("id=\"link-unknown\"").doesNotContain("self-msisdn");
        String forged = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        assertThat(mvc.perform(get("/t/" + forged)).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString())
                .contains("id=\"link-unknown\"").doesNotContain("测试5元大流量");

        jdbc.sql("update tariff_advice_link set sent_at = now() - interval '8 days', expires_at = now() - interval '1 day' where msisdn = ?")
                .param(msisdn).update();
        String expired = mvc.perform(get("/t/" + token)).andExpect(status().isGone()).andReturn().getResponse().getContentAsString();
        assertThat(expired).contains("id=\"link-expired\"").doesNotContain("self-msisdn").doesNotContain("测试5元大流量")
                // neither the number nor its masked form (its last four digits alone may be in "10086")
                .doesNotContain(msisdn).doesNotContain(msisdn.substring(0, 3) + "****" + msisdn.substring(7));
    }

    @Test
    void managersSendForTheirOwnCustomersOnlyAndAnalystsAndAdminsNever() throws Exception {
        subscriber(msisdn, "CM-T1", true);
        String key = keyOf(msisdn);
        send(TestLogins.OTHER_CUSTOMER_MANAGER, key, 403);
        send(TestLogins.ANALYST, key, 403);
        send(TestLogins.ADMIN, key, 403);
        assertThat(auditEntries(msisdn)).isZero();
        String analystsView = mvc.perform(get("/customers/" + key).with(logins.as(TestLogins.ANALYST))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(analystsView).contains("id=\"tariff-advice\"").doesNotContain("id=\"send-tariff-advice\"");
        send(TestLogins.SUPERVISOR, key, 302);
        assertThat(auditEntries(msisdn)).isEqualTo(1);
    }

    @Test
    void aCustomerWithoutUsageKeepsA360AndGetsNoLink() throws Exception {
        subscriber(msisdn, "CM-T1", false);
        String key = keyOf(msisdn);
        String page = mvc.perform(get("/customers/" + key).with(logins.as(TestLogins.CUSTOMER_MANAGER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"tariff-no-usage\"").doesNotContain("id=\"send-tariff-advice\"");
        send(TestLogins.CUSTOMER_MANAGER, key, 302);
        assertThat(auditEntries(msisdn)).isZero();
        assertThat(jdbc.sql("select count(*) from tariff_advice_link where msisdn = ?").param(msisdn).query(Long.class).single()).isZero();
    }

    @Test
    void aYellowTaskOfAPriceSensitiveCustomerShowsTheTariffAdviceAndARedTaskTheFamilyPlan() throws Exception {
        subscriber(msisdn, "CM-T1", true);
        String yellow = task(msisdn, "CM-T1", "yellow");
        String page = mvc.perform(get("/tasks/" + yellow + "/handle").with(logins.as(TestLogins.CUSTOMER_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"tariff-advice\"", "推荐测试5元大流量").doesNotContain("id=\"family-plan\"");

        String red = "137918" + String.format("%05d", 90000 + NEXT.incrementAndGet());
        subscriber(red, "CM-T1", true);
        String redTask = task(red, "CM-T1", "red");
        String redPage = mvc.perform(get("/tasks/" + redTask + "/handle").with(logins.as(TestLogins.CUSTOMER_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(redPage).contains("id=\"family-plan\"", "id=\"family-candidates\"").doesNotContain("id=\"tariff-advice\"")
                .doesNotContain(peer);
    }

    @Test
    void aFourthLinkToOneCustomerWithin24HoursIsRefused() throws Exception {
        subscriber(msisdn, "CM-T1", true);
        String key = keyOf(msisdn);
        for (int i = 0; i < 3; i++) send(TestLogins.SUPERVISOR, key, 302);
        mvc.perform(post("/customers/" + key + "/tariff-advice").with(logins.as(TestLogins.CUSTOMER_MANAGER)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("tariffAdviceRefused", "campaign.link.error.too-many"));
        assertThat(auditEntries(msisdn)).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from tariff_advice_link where msisdn = ?").param(msisdn).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void onlyTheLinkItselfIsOpenWithoutALogin() throws Exception {
        mvc.perform(get("/t/" + "A".repeat(43) + "/more")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/t")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }
}
