package dev.retain.app.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The closed loop from planted tasks, contacts and two months of segments (months of its own, 2001): who is still
 * active and who is in a better zone, by manager, rule, playbook and contact outcome; a month without its next cycle
 * is pending, not lost; the pages for the roles that may see them, refused to the others, numbers masked.
 */
@RetainWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClosedLoopTests {

    private static final YearMonth WORK = YearMonth.of(2001, 1);
    private static final YearMonth AFTER = YearMonth.of(2001, 2);
    private static final String MANAGER = "CLT-PM1";

    @Autowired JdbcClient jdbc;
    @Autowired ClosedLoop closedLoop;
    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;

    @BeforeAll
    void plant() {
        task("CLT-A", "13793200001", WORK, "yellow_zone;bill_down_30");
        task("CLT-B", "13793200002", WORK, "red_zone");
        task("CLT-C", "13793200003", WORK, "yellow_zone");
        task("CLT-D", "13793200004", WORK, "red_zone");
        task("CLT-E", "13793200005", AFTER, "red_zone"); // its next month has no cycle: pending
        task("CLT-F", "13793200006", WORK, "white_winback");
        task("CLT-G", "13793200007", WORK, "red_zone");
        segment(WORK, "13793200001", "yellow");
        segment(WORK, "13793200002", "red");
        segment(WORK, "13793200003", "yellow");
        segment(WORK, "13793200004", "red");
        segment(AFTER, "13793200001", "green");  // better
        segment(AFTER, "13793200002", "red");    // active, same zone
        // 13793200003 has no row after: gone, lost
        segment(AFTER, "13793200004", "white");  // lost
        segment(AFTER, "13793200005", "red");
        segment(WORK, "13793200006", "white");
        segment(AFTER, "13793200006", "red");    // back from white: active and better
        segment(WORK, "13793200007", "red");
        segment(AFTER, "13793200007", "none", "none_below"); // still a customer below the programme's bill: active, not better
        // the call to A was made in the month after the work month: it is measured against the work month's zones
        jdbc.sql("insert into contact (msisdn, at, channel, outcome, username, task_id) values (?, ?, 'phone_manager', 'accepted_offer', 'clt', 'CLT-A')")
                .params("13793200001", java.sql.Timestamp.from(LocalDate.of(2001, 2, 10).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()))
                .update();
        // an offer taken by A and declined by B in the month after the work month
        long offer = jdbc.sql("""
                        insert into offer (code, name_zh, name_en, kind, eligibility, cost, valid_from, valid_to, prior_acceptance,
                                           created_at, created_by, updated_at, updated_by)
                        values ('CLT-GIFT', '闭环测试礼品', 'Closed-loop gift', 'gift', 'true', 10, date '2001-01-01', date '2001-12-31', 0.2,
                                now(), 'clt', now(), 'clt') returning id""").query(Long.class).single();
        offerId = offer;
        answer(offer, "13793200001", "accepted");
        answer(offer, "13793200002", "declined");
        // a campaign run on the work month's facts: A treated, B held out
        campaignId = jdbc.sql("""
                        insert into campaign (name, target_rule, channel, body, holdout_share, budget, starts_on, ends_on, created_at, created_by)
                        values ('闭环测试活动', 'true', 'sms', 'hello', 0.5, 0, date '2001-02-01', date '2001-02-28', now(), 'clt') returning id""")
                .query(Long.class).single();
        long run = jdbc.sql("""
                        insert into campaign_run (campaign_id, facts_month, started_at, started_by, matched, added, treated, over_budget)
                        values (?, ?, now(), 'clt', 2, 2, 1, 0) returning id""").params(campaignId, WORK.toString()).query(Long.class).single();
        member(run, "13793200001", "treated");
        member(run, "13793200002", "holdout");
    }

    private long campaignId;

    private void member(long run, String msisdn, String group) {
        jdbc.sql("""
                        insert into campaign_member (campaign_id, msisdn, grp, draw, value_at_risk, run_id, added_at)
                        values (?, ?, ?, 0.5, 100, ?, now())""").params(campaignId, msisdn, group, run).update();
    }

    private long offerId;

    private void answer(long offer, String msisdn, String outcome) {
        jdbc.sql("""
                        insert into offer_response (offer_id, msisdn, outcome, segment, recorded_by, recorded_at)
                        values (?, ?, ?, 'yellow', 'clt', ?)""")
                .params(offer, msisdn, outcome,
                        java.sql.Timestamp.from(LocalDate.of(2001, 2, 12).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()))
                .update();
    }

    private void task(String id, String msisdn, YearMonth month, String reasons) {
        jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, priority, value_at_risk, due_date, manager_id)
                        values (?, ?, ?, 'retention', ?, 10, 100, date '2001-03-01', ?) on conflict do nothing""")
                .params(id, msisdn, month.toString(), reasons, MANAGER).update();
    }

    private void segment(YearMonth month, String msisdn, String zone) {
        segment(month, msisdn, zone, zone + "_test");
    }

    private void segment(YearMonth month, String msisdn, String zone, String rule) {
        jdbc.sql("""
                        insert into segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk)
                        values (?, ?, 'gold', 'imported', ?, ?, 0.5, 100) on conflict do nothing""")
                .params(month.toString(), msisdn, zone, rule).update();
    }

    @Test
    void eachTaskIsJudgedByTheCustomersZoneTheMonthAfter() {
        List<TaskOutcome> tasks = closedLoop.tasks(WORK, MANAGER, 50);
        assertThat(tasks).extracting(TaskOutcome::taskId).containsExactlyInAnyOrder("CLT-A", "CLT-B", "CLT-C", "CLT-D", "CLT-F", "CLT-G");
        TaskOutcome a = tasks.stream().filter(t -> t.taskId().equals("CLT-A")).findFirst().orElseThrow();
        assertThat(a.zoneBefore()).isEqualTo("yellow");
        assertThat(a.zoneAfter()).isEqualTo("green");
        assertThat(a.contacted()).isTrue();
        assertThat(a.better()).isTrue();
        TaskOutcome c = tasks.stream().filter(t -> t.taskId().equals("CLT-C")).findFirst().orElseThrow();
        assertThat(c.zoneAfter()).as("no row after a cycle: gone").isEqualTo("gone");
        assertThat(c.active()).isFalse();
        TaskOutcome f = tasks.stream().filter(t -> t.taskId().equals("CLT-F")).findFirst().orElseThrow();
        assertThat(f.active() && f.better()).as("white to red").isTrue();
        TaskOutcome g = tasks.stream().filter(t -> t.taskId().equals("CLT-G")).findFirst().orElseThrow();
        assertThat(g.zoneAfter()).isEqualTo("none");
        assertThat(g.active()).as("below the programme, still a customer").isTrue();
        assertThat(g.better()).isFalse();
        TaskOutcome e = closedLoop.tasks(AFTER, MANAGER, 50).get(0);
        assertThat(e.measured()).as("the month after has no cycle yet").isFalse();
    }

    @Test
    void theReportCountsActiveBetterLostAndPendingPerGroup() {
        ClosedLoopReport report = closedLoop.report(new ClosedLoopWindow(List.of(WORK), AFTER));

        OutcomeRate manager = report.managers().stream().filter(g -> g.key().equals(MANAGER)).findFirst().orElseThrow().rate();
        assertThat(manager).isEqualTo(new OutcomeRate(6, 4, 2, 1));
        assertThat(manager.lost()).isEqualTo(2);
        assertThat(manager.activeShare()).isEqualTo(4 / 6.0);
        assertThat(report.rules().get("yellow_zone")).isEqualTo(new OutcomeRate(2, 1, 1, 0));
        assertThat(report.rules().get("bill_down_30")).isEqualTo(new OutcomeRate(1, 1, 1, 0));
        assertThat(report.rules().get("red_zone")).isEqualTo(new OutcomeRate(3, 2, 0, 1));
        assertThat(report.rules().get("white_winback")).isEqualTo(new OutcomeRate(1, 1, 1, 0));
        assertThat(report.leadingRules().get("yellow_zone")).as("A leads with yellow_zone, C too").isEqualTo(new OutcomeRate(2, 1, 1, 0));
        assertThat(report.contacted().get("contacted")).isEqualTo(new OutcomeRate(1, 1, 1, 0));
        assertThat(report.contacted().get("not_contacted")).isEqualTo(new OutcomeRate(5, 3, 1, 1));
        assertThat(report.contactOutcomes().get("accepted_offer")).isEqualTo(new OutcomeRate(1, 1, 1, 0));
        assertThat(report.contactChannels().get("phone_manager")).isEqualTo(new OutcomeRate(1, 1, 1, 0));
        assertThat(report.offers()).contains(
                new GroupOutcome(offerId + ":accepted", "闭环测试礼品", "Closed-loop gift", new OutcomeRate(1, 1, 1, 0)),
                new GroupOutcome(offerId + ":declined", "闭环测试礼品", "Closed-loop gift", new OutcomeRate(1, 1, 0, 0)));
        assertThat(report.campaigns()).containsExactly(
                new GroupOutcome(campaignId + ":holdout", "闭环测试活动", new OutcomeRate(1, 1, 0, 0)),
                new GroupOutcome(campaignId + ":treated", "闭环测试活动", new OutcomeRate(1, 1, 1, 0)));
    }

    @Test
    void supervisorsAnalystsAndAdminsSeeThePagesWithNumbersMasked() throws Exception {
        for (String user : List.of(TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.ADMIN)) {
            mvc.perform(get("/reports/closed-loop").param("months", "12").with(logins.as(user))).andExpect(status().isOk());
        }
        String tasks = mvc.perform(get("/reports/closed-loop/tasks").param("month", WORK.toString()).param("manager", MANAGER)
                        .with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(tasks).contains("cl-task-CLT-A").contains("137****0001").doesNotContain("13793200001");
        String rules = mvc.perform(get("/admin/rules").with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rules).contains("outcome-yellow_zone");
        mvc.perform(get("/reports/closed-loop/tasks").param("month", "2095-13").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void managersAndComplaintHandlersAreRefused() throws Exception {
        for (String user : List.of(TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER, TestLogins.HANDLER)) {
            mvc.perform(get("/reports/closed-loop").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/reports/closed-loop/tasks").param("month", WORK.toString()).with(logins.as(user))).andExpect(status().isForbidden());
        }
    }
}
