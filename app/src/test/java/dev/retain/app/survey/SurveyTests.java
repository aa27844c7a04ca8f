package dev.retain.app.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.complaint.ComplaintView;
import dev.retain.app.complaint.Complaints;
import dev.retain.app.complaint.NewComplaint;
import dev.retain.app.complaint.internal.handle.ComplaintHandling;
import dev.retain.app.merchant.MerchantFixture;
import dev.retain.app.merchant.Merchants;
import dev.retain.app.notify.sms.simulator.SimulatedMessage;
import dev.retain.app.notify.sms.simulator.SmscSimulator;
import dev.retain.app.security.MerchantStaffLogins;
import dev.retain.app.workorder.WorkOrders;
import dev.retain.engine.value.Msisdn;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Surveys (SPEC R10.1) end to end: a sample's link through the outbox to the SMSC simulator and the page behind it
 * without a login; a link answered once, expired, unknown; the sampling rules (a share of every tier and branch, nobody
 * twice within the window); the survey after a closed complaint with the callback's score; who may do what.
 * MSISDNs 137940xxxxx and branches starting "sv-" belong to this class.
 */
@RetainWebTest
class SurveyTests {

    private static final int RUN = ThreadLocalRandom.current().nextInt(1000);
    private static final AtomicInteger NEXT = new AtomicInteger();
    static final Pattern LINK = Pattern.compile("https?://[^/\\s]+/s/([A-Za-z0-9_-]{43})");

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired SmscSimulator simulator;
    @Autowired Complaints complaints;
    @Autowired ComplaintHandling handling;
    @Autowired WorkOrders workOrders;
    @Autowired Merchants merchants;
    @Autowired MerchantStaffLogins staff;

    private static String number() {
        return "137940" + String.format("%05d", (RUN * 97 + NEXT.incrementAndGet()) % 100_000);
    }

    private static String branch() {
        return "sv-" + RUN + "-" + NEXT.incrementAndGet();
    }

    private void subscriber(String msisdn, String branch, String tier) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, branch, brand, tier, join_date)
                        values (?, ?, '赵六', 'hangzhou', ?, 'gotone', ?, date '2016-05-01') on conflict do nothing""")
                .params(msisdn, msisdn, branch, tier).update();
    }

    private void managedBy(String msisdn, String managerId) {
        jdbc.sql("insert into assignment (msisdn, manager_id, role, reason, month, assigned_by) values (?, ?, 'customer_manager', 'manual', '2026-10', 'test')")
                .params(msisdn, managerId).update();
    }

    private String keyOf(String msisdn) {
        return jdbc.sql("select customer_key::text from subscriber where msisdn = ?").param(msisdn).query(String.class).single();
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A token the test knows, written as a send's hash (the real one only travels in the SMS). */
    private String knownToken(String msisdn, String expiresSql, Integer carried) throws Exception {
        String token = ("Sv" + RUN + "x" + NEXT.incrementAndGet() + "y".repeat(43)).substring(0, 43);
        jdbc.sql("""
                        insert into survey_send (template_code, msisdn, channel, trigger, carried_satisfaction, token_hash, sent_by, sent_at, expires_at)
                        values ('default', ?, 'sms_link', 'complaint', ?, ?, 'test', now() - interval '10 days', """ + expiresSql + ")")
                .params(msisdn, carried, sha256(token)).update();
        return token;
    }

    private static MockHttpServletRequestBuilder answers(MockHttpServletRequestBuilder post, int expectation, int perception, int nps, String knows) {
        for (Dimension d : Dimension.ALL) {
            post.param("expectation_" + d.code(), Integer.toString(expectation)).param("perception_" + d.code(), Integer.toString(perception));
        }
        return post.param("nps", Integer.toString(nps)).param("knows_manager", knows).with(csrf());
    }

    private long mark() {
        return simulator.messages().stream().mapToLong(SimulatedMessage::number).max().orElse(0);
    }

    private String tokenSentTo(String msisdn, long after) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            Optional<String> text = simulator.messages().stream()
                    .filter(m -> m.number() > after && m.secret() && msisdn.equals(Msisdn.canonical(m.to())))
                    .reduce((newer, older) -> older)
                    .flatMap(m -> simulator.handsetText(m.number()));
            if (text.isPresent()) {
                Matcher link = LINK.matcher(text.get());
                assertThat(link.find()).as("a link in " + text.get()).isTrue();
                return link.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no survey link reached " + msisdn + " within 20 s");
    }

    @Test
    void aSampledCustomersLinkArrivesByTextAndIsAnsweredOnceWithoutALogin() throws Exception {
        String msisdn = number();
        String branch = branch();
        subscriber(msisdn, branch, "gold");
        long before = mark();
        mvc.perform(post("/surveys/samples").with(logins.as(TestLogins.SUPERVISOR)).with(csrf())
                        .param("region", "hangzhou").param("branch", branch).param("share", "100"))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("select count(*) from outbox_message where msisdn = ? and template_code = 'survey_link' and secret and message_class = 'service'")
                .param(msisdn).query(Long.class).single()).isEqualTo(1);
        String token = tokenSentTo(msisdn, before);
        assertThat(jdbc.sql("select count(*) from survey_send where token_hash = ?").param(token).query(Long.class).single())
                .as("only the token's hash is kept").isZero();

        String masked = msisdn.substring(0, 3) + "****" + msisdn.substring(7);
        String page = mvc.perform(get("/s/" + token)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("服务满意度调查", masked, "您期望的服务态度", "您知道您的客户经理是谁吗？", "name=\"expectation_needs\"")
                .doesNotContain(msisdn);
        assertThat(mvc.perform(get("/s/" + token).param("lang", "en")).andReturn().getResponse().getContentAsString())
                .contains("How did we do?", "The service attitude you expect");

        // a missing answer stores nothing and shows the form again
        mvc.perform(post("/s/" + token).param("nps", "9").with(csrf())).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from survey_response where msisdn = ?").param(msisdn).query(Long.class).single()).isZero();

        String thanks = mvc.perform(answers(post("/s/" + token), 6, 4, 9, "yes")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(thanks).contains("感谢您的评价");
        assertThat(jdbc.sql("select channel || ' ' || nps || ' ' || knows_manager from survey_response where msisdn = ?").param(msisdn)
                .query(String.class).single()).isEqualTo("sms_link 9 true");
        assertThat(jdbc.sql("""
                        select count(*) from survey_answer a join survey_response r on r.id = a.response_id
                        where r.msisdn = ? and a.expectation = 6 and a.perception = 4""").param(msisdn).query(Long.class).single()).isEqualTo(6);

        // answered: a second answer and a second opening are refused, and show nothing of the customer
        String twice = mvc.perform(answers(post("/s/" + token), 1, 1, 0, "no")).andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();
        assertThat(twice).contains("此调查已提交过").doesNotContain(masked);
        mvc.perform(get("/s/" + token)).andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from survey_response where msisdn = ?").param(msisdn).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anExpiredLinkIsGoneAndAnUnknownOrMalformedOneNotFound() throws Exception {
        String msisdn = number();
        subscriber(msisdn, branch(), "silver");
        String expired = knownToken(msisdn, "now() - interval '1 minute'", null);
        String page = mvc.perform(get("/s/" + expired)).andExpect(status().isGone()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("此链接已过期").doesNotContain(msisdn.substring(7)).doesNotContain("survey-form");
        mvc.perform(answers(post("/s/" + expired), 5, 5, 8, "yes")).andExpect(status().isGone());
        mvc.perform(get("/s/" + "A".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/s/short")).andExpect(status().isNotFound());
        mvc.perform(answers(post("/s/" + "B".repeat(43)), 5, 5, 8, "yes")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from survey_response where msisdn = ?").param(msisdn).query(Long.class).single()).isZero();
    }

    @Test
    void aSampleTakesTheShareOfEveryTierAndBranchAndNobodyTwiceWithinTheWindow() throws Exception {
        String east = branch();
        String west = branch();
        List<String> eastGold = List.of(number(), number(), number(), number());
        List<String> eastSilver = List.of(number(), number());
        List<String> westGold = List.of(number(), number());
        eastGold.forEach(m -> subscriber(m, east, "gold"));
        eastSilver.forEach(m -> subscriber(m, east, "silver"));
        westGold.forEach(m -> subscriber(m, west, "gold"));
        // one east gold customer answered a survey on the phone last week: not drawn
        jdbc.sql("""
                        insert into survey_response (template_code, msisdn, channel, answered_at, recorded_by, nps, knows_manager)
                        values ('default', ?, 'phone', now() - interval '7 days', 'test', 8, true)""").param(eastGold.get(0)).update();

        for (String branch : List.of(east, west)) {
            mvc.perform(post("/surveys/samples").with(logins.as(TestLogins.ADMIN)).with(csrf())
                    .param("branch", branch).param("share", "50")).andExpect(status().isFound());
        }
        // east gold: 3 left, half rounded up = 2; east silver: 1 of 2; west gold: 1 of 2
        assertThat(sentTo(eastGold)).isEqualTo(2);
        assertThat(sentTo(eastSilver)).isEqualTo(1);
        assertThat(sentTo(westGold)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from survey_send where msisdn = ?").param(eastGold.get(0)).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from survey_sample where branch in (?, ?) and share_percent = 50 and drawn_by = ?")
                .params(east, west, TestLogins.ADMIN).query(Long.class).single()).isEqualTo(2);

        // everyone: of those not yet asked (east gold 1, east silver 1, west gold 1) every one; nobody a second time
        mvc.perform(post("/surveys/samples").with(logins.as(TestLogins.SUPERVISOR)).with(csrf()).param("branch", east).param("share", "100"))
                .andExpect(status().isFound());
        assertThat(sentTo(eastGold)).isEqualTo(3);
        assertThat(sentTo(eastSilver)).isEqualTo(2);
        assertThat(jdbc.sql("select max(c) from (select count(*) c from survey_send where msisdn = any(?) group by msisdn) x")
                .param(concat(eastGold, eastSilver).toArray(String[]::new)).query(Long.class).single()).isEqualTo(1);
        // a share out of range is refused and draws nobody
        mvc.perform(post("/surveys/samples").with(logins.as(TestLogins.SUPERVISOR)).with(csrf()).param("branch", east).param("share", "0"))
                .andExpect(status().isFound()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("refused", "survey.error.share"));
    }

    private long sentTo(List<String> msisdns) {
        return jdbc.sql("select count(*) from survey_send where msisdn = any(?) and trigger = 'sample'").param(msisdns.toArray(String[]::new))
                .query(Long.class).single();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void aClosedComplaintSendsTheSurveyCarryingTheCallbacksScore() throws Exception {
        String msisdn = number();
        subscriber(msisdn, branch(), "gold");
        ComplaintView c = complaints.receive(new NewComplaint(null, msisdn, "hotline", "billing", "流量多扣", null, "t-handler"));
        handling.confirmFilter(c.id(), null, null, "t-handler");
        long order = handling.openWorkOrder(c.id(), "t-handler").workOrderId();
        workOrders.assign(order, "t-handler", "t-handler");
        workOrders.start(order, "t-handler");
        workOrders.resolve(order, "已退还", "t-handler");
        assertThat(jdbc.sql("select count(*) from survey_send where msisdn = ?").param(msisdn).query(Long.class).single())
                .as("not before the close").isZero();
        workOrders.close(order, "satisfied", 4, "客户满意", "t-handler");

        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until
                && jdbc.sql("select count(*) from survey_send where complaint_id = ?").param(c.id()).query(Long.class).single() == 0) {
            Thread.sleep(50);
        }
        Map<String, Object> send = jdbc.sql("select msisdn, trigger, carried_satisfaction, message_id from survey_send where complaint_id = ?")
                .param(c.id()).query().singleRow();
        assertThat(send).containsEntry("msisdn", msisdn).containsEntry("trigger", "complaint").containsEntry("carried_satisfaction", 4);
        // once the order's close has been heard by every listener, a complaint's order has added no second survey
        long heard = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < heard && jdbc.sql("""
                        select count(*) from event_publication where event_type like '%WorkOrderStateChanged'
                        and serialized_event like ? and completion_date is null""").param("%\"workOrderId\":" + order + ",%").query(Long.class).single() > 0) {
            Thread.sleep(50);
        }
        assertThat(jdbc.sql("select count(*) from survey_send where msisdn = ?").param(msisdn).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from survey_send where work_order_id = ?").param(order).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select template_code from outbox_message where id = ?").param(send.get("message_id")).query(String.class).single())
                .isEqualTo("survey_link");

        // the customer answers through their link: the response carries the callback's score
        jdbc.sql("update survey_send set token_hash = ? where complaint_id = ?").params(sha256("Cq" + "z".repeat(41)), c.id()).update();
        mvc.perform(answers(post("/s/" + "Cq" + "z".repeat(41)), 5, 3, 6, "no")).andExpect(status().isOk());
        assertThat(jdbc.sql("select carried_satisfaction from survey_response where msisdn = ?").param(msisdn).query(Integer.class).single()).isEqualTo(4);
    }

    @Test
    void aClosedWorkOrderThatIsNoComplaintsSendsItsOwnSurveyAndAComplaintsOrderNoSecond() throws Exception {
        String msisdn = number();
        subscriber(msisdn, branch(), "silver");
        var order = workOrders.open(new dev.retain.app.workorder.NewWorkOrder(null, msisdn, "hall", "billing", "宽带报修", null, null, "t-handler"));
        workOrders.assign(order.id(), "t-handler", "t-handler");
        workOrders.start(order.id(), "t-handler");
        workOrders.resolve(order.id(), "已修复", "t-handler");
        workOrders.close(order.id(), "satisfied", 5, "客户满意", "t-handler");
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until
                && jdbc.sql("select count(*) from survey_send where work_order_id = ?").param(order.id()).query(Long.class).single() == 0) {
            Thread.sleep(50);
        }
        assertThat(jdbc.sql("select trigger || ' ' || carried_satisfaction || ' ' || (message_id is not null) from survey_send where work_order_id = ?")
                .param(order.id()).query(String.class).single()).isEqualTo("work_order 5 true");
    }

    @Test
    void managersTakeTheirOwnCustomersAnswersOnThePhoneAndTheWrongRolesAreRefused() throws Exception {
        String mine = number();
        subscriber(mine, branch(), "gold");
        managedBy(mine, TestLogins.CUSTOMER_MANAGER.toUpperCase());
        String key = keyOf(mine);

        String form = mvc.perform(get("/customers/" + key + "/survey").with(logins.as(TestLogins.CUSTOMER_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("电话回访调查", mine.substring(0, 3) + "****" + mine.substring(7), "name=\"perception_price\"").doesNotContain(mine);
        mvc.perform(answers(post("/customers/" + key + "/survey").with(logins.as(TestLogins.CUSTOMER_MANAGER)), 7, 5, 10, "yes"))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("select channel || ' ' || recorded_by || ' ' || nps from survey_response where msisdn = ?").param(mine)
                .query(String.class).single()).isEqualTo("phone " + TestLogins.CUSTOMER_MANAGER + " 10");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'survey_phone_recorded' and subject = ?").param(mine)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(answers(post("/customers/" + key + "/survey").with(logins.as(TestLogins.SUPERVISOR)), 6, 6, 8, "no"))
                .andExpect(status().isFound());

        // someone else's customer, read-only and other roles
        mvc.perform(get("/customers/" + key + "/survey").with(logins.as(TestLogins.OTHER_CUSTOMER_MANAGER))).andExpect(status().isForbidden());
        mvc.perform(answers(post("/customers/" + key + "/survey").with(logins.as(TestLogins.OTHER_CUSTOMER_MANAGER)), 1, 1, 0, "no"))
                .andExpect(status().isForbidden());
        for (String refused : List.of(TestLogins.ANALYST, TestLogins.HANDLER)) {
            mvc.perform(answers(post("/customers/" + key + "/survey").with(logins.as(refused)), 1, 1, 0, "no")).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from survey_response where msisdn = ?").param(mine).query(Long.class).single()).isEqualTo(2);

        // the survey page: supervisors and admins draw samples, analysts read, the others are refused
        String analystPage = mvc.perform(get("/surveys").with(logins.as(TestLogins.ANALYST))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(analystPage).contains("id=\"gap-attitude\"", "服务态度", "净推荐值").doesNotContain("sample-form").doesNotContain(mine);
        assertThat(mvc.perform(get("/surveys").with(logins.as(TestLogins.SUPERVISOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("sample-form");
        mvc.perform(post("/surveys/samples").with(logins.as(TestLogins.ANALYST)).with(csrf()).param("share", "1")).andExpect(status().isForbidden());
        for (String refused : List.of(TestLogins.HANDLER, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER)) {
            mvc.perform(get("/surveys").with(logins.as(refused))).andExpect(status().isForbidden());
            mvc.perform(post("/surveys/samples").with(logins.as(refused)).with(csrf()).param("share", "1")).andExpect(status().isForbidden());
        }
        MerchantFixture.Made shop = MerchantFixture.merchantOnce(merchants, staff, "SVY1");
        for (String merchantStaff : List.of(shop.admin(), shop.clerk())) {
            mvc.perform(get("/surveys").with(logins.as(merchantStaff))).andExpect(status().isForbidden());
            mvc.perform(get("/customers/" + key + "/survey").with(logins.as(merchantStaff))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/surveys")).andExpect(status().isFound()); // no login: to the login page
    }
}
