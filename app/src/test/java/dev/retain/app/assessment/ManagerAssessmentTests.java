package dev.retain.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.admin.SettingsEditor;
import dev.retain.app.security.Role;
import dev.retain.app.security.Users;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The manager assessment (R12.3) on planted data, hand-computed. Team AS-n: manager A has 4 customers (3 contacted in
 * May 2076; 4 tasks, all done, 2 by the due date; 3 of 4 still active in June; one survey answered with every
 * perception 7), manager B 2 customers (both contacted; 2 tasks, 1 done on time; both active; one survey with every
 * perception 4), manager C nothing at all.
 *
 * <pre>
 *          contact completion timeliness retention satisfaction | total (25/20/15/25/15)   total (25/0/0/25/0)
 *   A       75.0     100.0      50.0       75.0      100.0      | 8000/100 = 80.0 → 1     150/2 = 75.0 → 2
 *   B      100.0      50.0      50.0      100.0       50.0      | 7500/100 = 75.0 → 2     200/2 = 100.0 → 1
 *   C        –          –         –          –          –       |  –, unranked
 * </pre>
 *
 * MSISDNs 1379631xxxx and months 2076-05/06 belong to this class; its tasks, segments and responses leave with it (rows
 * in 2076 would be every other test's "newest month").
 */
@RetainWebTest
class ManagerAssessmentTests {

    private static final YearMonth MAY = YearMonth.of(2076, 5);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int RUN = ThreadLocalRandom.current().nextInt(1000);
    private static final String TEAM = "AS-" + RUN;
    private static final String A = "AS" + RUN + "-A";
    private static final String B = "AS" + RUN + "-B";
    private static final String C = "AS" + RUN + "-C";
    private static final String A_LOGIN = "as-a-" + RUN;

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired ManagerAssessment assessments;
    @Autowired SettingsEditor settings;
    @Autowired Users users;

    @BeforeEach
    void plant() {
        cleanUp();
        manager(A, "考核经理甲");
        manager(B, "考核经理乙");
        manager(C, "考核经理丙");
        users.createOrReplace(A_LOGIN, TestLogins.PASSWORD, "考核经理甲", Role.CUSTOMER_MANAGER, A);
        for (int i = 0; i < 4; i++) customer(number(i), A);
        for (int i = 4; i < 6; i++) customer(number(i), B);
        // contacts in May: A's first three customers, both of B's; A's fourth was only tried (unreachable is no contact)
        for (int i : new int[] {0, 1, 2, 4, 5}) contact(number(i), "reached", 10);
        contact(number(3), "unreachable", 11);
        // tasks of May, due on the 20th: closed on the 20th at 23:00 in Shanghai is on time; on the 21st at 01:00 it is
        // late, though still the 20th in UTC
        task(0, A, "done", at(20, 23));
        task(1, A, "done", at(20, 9));
        task(2, A, "done", at(21, 1));
        task(3, A, "done", at(25, 9));
        task(4, B, "done", at(19, 9));
        task(5, B, "open", null);
        // the closed loop: every task's customer has a May segment; in June A's fourth is white (lost), the rest active
        for (int i = 0; i < 6; i++) {
            segment(MAY, number(i), "red");
            segment(MAY.plusMonths(1), number(i), i == 3 ? "white" : "yellow");
        }
        survey(number(0), 7);
        survey(number(4), 4);
    }

    @AfterEach
    void cleanUp() {
        restoreWeights();
        jdbc.sql("delete from task where msisdn like '1379631%'").update();
        jdbc.sql("delete from segment where msisdn like '1379631%'").update();
        jdbc.sql("delete from survey_answer where response_id in (select id from survey_response where msisdn like '1379631%')").update();
        jdbc.sql("delete from survey_response where msisdn like '1379631%'").update();
        jdbc.sql("delete from contact where msisdn like '1379631%'").update();
        jdbc.sql("delete from assignment where msisdn like '1379631%'").update();
    }

    private static String number(int i) {
        return "1379631" + String.format("%04d", RUN * 10 + i);
    }

    private static Timestamp at(int day, int hour) {
        return Timestamp.from(ZonedDateTime.of(2076, 5, day, hour, 0, 0, 0, ZONE).toInstant());
    }

    private void manager(String id, String name) {
        jdbc.sql("insert into manager (manager_id, name, role, region, branch, team) values (?, ?, 'customer_manager', 'hangzhou', 'fuyang', ?) on conflict do nothing")
                .params(id, name, TEAM).update();
    }

    private void customer(String msisdn, String managerId) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, branch, brand, tier, join_date)
                        values (?, ?, '孙八', 'hangzhou', 'fuyang', 'gotone', 'gold', date '2015-01-01') on conflict do nothing""")
                .params(msisdn, msisdn).update();
        jdbc.sql("insert into assignment (msisdn, manager_id, role, reason, month, assigned_by) values (?, ?, 'customer_manager', 'manual', '2076-05', 'test')")
                .params(msisdn, managerId).update();
    }

    private void contact(String msisdn, String outcome, int day) {
        jdbc.sql("insert into contact (msisdn, at, channel, outcome, username) values (?, ?, 'customer_manager', ?, 'test')")
                .params(msisdn, at(day, 10), outcome).update();
    }

    private void task(int i, String managerId, String state, Timestamp closedAt) {
        jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, priority, value_at_risk, due_date, manager_id, status, closed_at)
                        values (?, ?, '2076-05', 'retention', 'red_zone', 10, 100, date '2076-05-20', ?, ?, ?)""")
                .params("AS" + RUN + "-T" + i, number(i), managerId, state, closedAt).update();
    }

    private void segment(YearMonth month, String msisdn, String zone) {
        jdbc.sql("""
                        insert into segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk)
                        values (?, ?, 'gold', 'imported', ?, ?, 0.5, 100)""")
                .params(month.toString(), msisdn, zone, zone + "_test").update();
    }

    private void survey(String msisdn, int perception) {
        long id = jdbc.sql("""
                        insert into survey_response (template_code, msisdn, channel, answered_at, recorded_by, nps, knows_manager)
                        values ('default', ?, 'phone', ?, 't-supervisor', 9, true) returning id""")
                .params(msisdn, at(15, 10)).query(Long.class).single();
        for (String d : List.of("attitude", "efficiency", "quality", "environment", "price", "needs")) {
            jdbc.sql("insert into survey_answer (response_id, dimension, expectation, perception) values (?, ?, 6, ?)").params(id, d, perception).update();
        }
    }

    private void weights(int contact, int completion, int timeliness, int retention, int satisfaction) {
        Map<String, String> typed = Map.of("assessment.weight.contact", "" + contact, "assessment.weight.completion", "" + completion,
                "assessment.weight.timeliness", "" + timeliness, "assessment.weight.retention", "" + retention,
                "assessment.weight.satisfaction", "" + satisfaction);
        Set<String> confirmed = new java.util.HashSet<>();
        typed.forEach((k, v) -> confirmed.add(SettingsEditor.confirmation(k, v)));
        assertThat(settings.save(typed, confirmed, admin())).isInstanceOf(SettingsEditor.Saved.class);
    }

    private void restoreWeights() {
        Map<String, String> typed = Map.of("assessment.weight.contact", "25", "assessment.weight.completion", "20",
                "assessment.weight.timeliness", "15", "assessment.weight.retention", "25", "assessment.weight.satisfaction", "15");
        Set<String> confirmed = new java.util.HashSet<>();
        typed.forEach((k, v) -> confirmed.add(SettingsEditor.confirmation(k, v)));
        settings.save(typed, confirmed, admin());
    }

    private static dev.retain.app.security.RetainUser admin() {
        return new dev.retain.app.security.RetainUser(TestLogins.ADMIN, "测试管理员", Role.ADMIN, null);
    }

    private TeamRanking team(Assessment a) {
        return a.teams().stream().filter(t -> t.team().equals(TEAM)).findFirst().orElseThrow();
    }

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void eachMeasureIsScoredFromItsOwnSource() {
        Assessment a = assessments.of(MAY);
        ManagerScore ma = a.manager(A).orElseThrow();
        assertThat(ma.customers()).isEqualTo(4);
        assertThat(ma.contacted()).isEqualTo(3);
        assertThat(ma.score(Measure.CONTACT)).isEqualByComparingTo(n("75.0"));
        assertThat(ma.tasks()).isEqualTo(4);
        assertThat(ma.done()).isEqualTo(4);
        assertThat(ma.onTime()).as("23:00 on the due day counts, 01:00 the day after does not").isEqualTo(2);
        assertThat(ma.score(Measure.COMPLETION)).isEqualByComparingTo(n("100.0"));
        assertThat(ma.score(Measure.TIMELINESS)).isEqualByComparingTo(n("50.0"));
        assertThat(ma.retentionMeasured()).isEqualTo(4);
        assertThat(ma.retentionActive()).isEqualTo(3);
        assertThat(ma.score(Measure.RETENTION)).isEqualByComparingTo(n("75.0"));
        assertThat(ma.responses()).isEqualTo(1);
        assertThat(ma.score(Measure.SATISFACTION)).isEqualByComparingTo(n("100.0"));
        assertThat(ma.branch()).isEqualTo("fuyang");

        ManagerScore mb = a.manager(B).orElseThrow();
        assertThat(mb.score(Measure.CONTACT)).isEqualByComparingTo(n("100.0"));
        assertThat(mb.score(Measure.COMPLETION)).isEqualByComparingTo(n("50.0"));
        assertThat(mb.score(Measure.TIMELINESS)).isEqualByComparingTo(n("50.0"));
        assertThat(mb.score(Measure.RETENTION)).isEqualByComparingTo(n("100.0"));
        assertThat(mb.score(Measure.SATISFACTION)).as("perception 4 on 1–7: (4 − 1) / 6").isEqualByComparingTo(n("50.0"));

        ManagerScore mc = a.manager(C).orElseThrow();
        assertThat(mc.scores()).isEmpty();
        assertThat(mc.total()).isNull();
        assertThat(mc.rank()).isNull();
    }

    @Test
    void theTeamIsRankedByTheWeightedTotalAndNewWeightsChangeTheRanking() {
        TeamRanking t = team(assessments.of(MAY));
        assertThat(t.managers()).extracting(ManagerScore::managerId).containsExactly(A, B, C);
        assertThat(t.managers()).extracting(ManagerScore::total).containsExactly(n("80.0"), n("75.0"), null);
        assertThat(t.managers()).extracting(ManagerScore::rank).containsExactly(1, 2, null);
        assertThat(t.ranked()).isEqualTo(2);

        // contact and retention only: A (75 + 75) / 2 = 75.0, B (100 + 100) / 2 = 100.0
        weights(25, 0, 0, 25, 0);
        TeamRanking changed = team(assessments.of(MAY));
        assertThat(changed.managers()).extracting(ManagerScore::managerId).containsExactly(B, A, C);
        assertThat(changed.managers()).extracting(ManagerScore::total).containsExactly(n("100.0"), n("75.0"), null);
        assertThat(changed.managers()).extracting(ManagerScore::rank).containsExactly(1, 2, null);

        // satisfaction alone: A 100.0, B 50.0
        weights(0, 0, 0, 0, 100);
        assertThat(team(assessments.of(MAY)).managers()).extracting(ManagerScore::total).containsExactly(n("100.0"), n("50.0"), null);
        // nothing weighted: nobody has a total
        weights(0, 0, 0, 0, 0);
        assertThat(team(assessments.of(MAY)).managers()).extracting(ManagerScore::rank).containsOnlyNulls();
    }

    @Test
    void aQuarterReadsItsThreeMonths() {
        Assessment q = assessments.of(AssessmentPeriod.parse("2076-Q2"));
        assertThat(q.period().months()).containsExactly(YearMonth.of(2076, 4), MAY, YearMonth.of(2076, 6));
        assertThat(q.manager(A).orElseThrow().total()).isEqualByComparingTo(n("80.0"));
        assertThat(assessments.of(YearMonth.of(2076, 4)).manager(A).orElseThrow().tasks()).isZero();
    }

    @Test
    void supervisorsSeeTheTeamTableWithItsComponents() throws Exception {
        String html = mvc.perform(get("/assessment").param("period", "2076-05").param("team", TEAM).with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("section.assessment-team")).hasSize(1);
        assertThat(page.select("section.assessment-team tr[data-manager]")).extracting(e -> e.attr("data-manager")).containsExactly(A, B, C);
        var rowA = page.selectFirst("tr[data-manager=" + A + "]");
        assertThat(rowA.selectFirst("td.rank").text()).isEqualTo("1");
        assertThat(rowA.selectFirst("td.total").text()).isEqualTo("80.0");
        assertThat(rowA.selectFirst("td.score-contact").text()).isEqualTo("75.0 3/4");
        assertThat(rowA.selectFirst("td.score-timeliness").text()).isEqualTo("50.0 2/4");
        assertThat(page.getElementById("assessment-weights").text()).contains("接触频次 25");
        for (String user : new String[] {TestLogins.ANALYST, TestLogins.ADMIN}) {
            mvc.perform(get("/assessment").param("period", "2076-Q2").with(logins.as(user))).andExpect(status().isOk());
        }
        String bad = mvc.perform(get("/assessment").param("period", "2076-14").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(bad).getElementById("period-refused").text()).startsWith("考核期：");
    }

    @Test
    void aManagerSeesOnlyTheirOwnRowAndRank() throws Exception {
        String html = mvc.perform(get("/assessment").param("period", "2076-05").with(logins.as(A_LOGIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("own-rank").text()).isEqualTo("在" + TEAM + "中排名第 1 名，共 2 名");
        assertThat(page.select("tr[data-manager]")).extracting(e -> e.attr("data-manager")).containsExactly(A);
        assertThat(html).doesNotContain("考核经理乙").doesNotContain("training-form").doesNotContain("training.csv");
        // a manager with no row in this period is told so
        mvc.perform(get("/assessment").param("period", "2076-05").with(logins.as(TestLogins.CUSTOMER_MANAGER))).andExpect(status().isOk());
    }

    @Test
    void complaintHandlersAreRefused() throws Exception {
        mvc.perform(get("/assessment").with(logins.as(TestLogins.HANDLER))).andExpect(status().isForbidden());
    }
}
