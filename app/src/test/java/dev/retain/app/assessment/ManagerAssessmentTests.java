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
import java.time.YearMonth;
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
 * The manager assessment (R12.3) on planted data ({@link AssessmentFixture}), hand-computed. Team AS-n in May 2076:
 * manager A has 4 customers (3 contacted; 4 tasks, all done, 2 by the due date; 3 of 4 still active in June; one survey
 * with every perception 7), B 2 customers (both contacted; 2 tasks, 1 done on time; both active; one survey with every
 * perception 4), C no customer and one task superseded by a later month's (not done, its customer lost).
 *
 * <pre>
 *      contact completion timeliness retention satisfaction | total 25/20/15/25/15   25/0/0/25/0      0/0/0/0/100
 *   A   75.0    100.0       50.0      75.0     100.0       | 8000/100 = 80.0 → 1    150/2 = 75.0 → 2  100.0 → 1
 *   B  100.0     50.0       50.0     100.0      50.0       | 7500/100 = 75.0 → 2    200/2 = 100.0 → 1  50.0 → 2
 *   C    –        0.0        0.0       0.0       –         |    0/60 =  0.0 → 3      0/25 = 0.0 → 3   –, unranked
 * </pre>
 *
 * MSISDNs 1379631xxxx and months 2076-05/06 belong to this class; its tasks, segments and responses leave with it (rows
 * in 2076 would be every other test's "newest month").
 */
@RetainWebTest
class ManagerAssessmentTests {

    private static final YearMonth MAY = YearMonth.of(2076, 5);
    private static final int RUN = ThreadLocalRandom.current().nextInt(1000);
    private static final String A_LOGIN = "as-a-" + RUN;

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired ManagerAssessment assessments;
    @Autowired SettingsEditor settings;
    @Autowired Users users;

    private AssessmentFixture f;

    @BeforeEach
    void plant() {
        f = new AssessmentFixture(jdbc, "1379631", Integer.toString(RUN), MAY);
        f.plant();
        users.createOrReplace(A_LOGIN, TestLogins.PASSWORD, "考核经理甲", Role.CUSTOMER_MANAGER, f.a);
    }

    @AfterEach
    void cleanUp() {
        restoreWeights();
        f.remove();
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

    private TeamRanking team(Assessment assessment) {
        return assessment.teams().stream().filter(t -> t.team().equals(f.team)).findFirst().orElseThrow();
    }

    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void eachMeasureIsScoredFromItsOwnSource() {
        Assessment may = assessments.of(MAY);
        ManagerScore ma = may.manager(f.a).orElseThrow();
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

        ManagerScore mb = may.manager(f.b).orElseThrow();
        assertThat(mb.score(Measure.CONTACT)).isEqualByComparingTo(n("100.0"));
        assertThat(mb.score(Measure.COMPLETION)).isEqualByComparingTo(n("50.0"));
        assertThat(mb.score(Measure.TIMELINESS)).isEqualByComparingTo(n("50.0"));
        assertThat(mb.score(Measure.RETENTION)).isEqualByComparingTo(n("100.0"));
        assertThat(mb.score(Measure.SATISFACTION)).as("perception 4 on 1–7: (4 − 1) / 6").isEqualByComparingTo(n("50.0"));

        // a task superseded by a later month's was not done: it counts, as 0, for completion and timeliness
        ManagerScore mc = may.manager(f.c).orElseThrow();
        assertThat(mc.scores()).containsOnlyKeys(Measure.COMPLETION, Measure.TIMELINESS, Measure.RETENTION);
        assertThat(mc.tasks()).isEqualTo(1);
        assertThat(mc.score(Measure.COMPLETION)).isEqualByComparingTo(n("0.0"));
        assertThat(mc.score(Measure.RETENTION)).isEqualByComparingTo(n("0.0"));
        assertThat(mc.total()).isEqualByComparingTo(n("0.0"));
    }

    @Test
    void theTeamIsRankedByTheWeightedTotalAndNewWeightsChangeTheRanking() {
        TeamRanking t = team(assessments.of(MAY));
        assertThat(t.managers()).extracting(ManagerScore::managerId).containsExactly(f.a, f.b, f.c);
        assertThat(t.managers()).extracting(ManagerScore::total).containsExactly(n("80.0"), n("75.0"), n("0.0"));
        assertThat(t.managers()).extracting(ManagerScore::rank).containsExactly(1, 2, 3);

        // contact and retention only: A (75 + 75) / 2 = 75.0, B (100 + 100) / 2 = 100.0, C 0 / 25
        weights(25, 0, 0, 25, 0);
        TeamRanking changed = team(assessments.of(MAY));
        assertThat(changed.managers()).extracting(ManagerScore::managerId).containsExactly(f.b, f.a, f.c);
        assertThat(changed.managers()).extracting(ManagerScore::total).containsExactly(n("100.0"), n("75.0"), n("0.0"));
        assertThat(changed.managers()).extracting(ManagerScore::rank).containsExactly(1, 2, 3);

        // satisfaction alone: A 100.0, B 50.0, C has no survey answer: no total, unranked, last
        weights(0, 0, 0, 0, 100);
        TeamRanking satisfaction = team(assessments.of(MAY));
        assertThat(satisfaction.managers()).extracting(ManagerScore::total).containsExactly(n("100.0"), n("50.0"), null);
        assertThat(satisfaction.managers()).extracting(ManagerScore::rank).containsExactly(1, 2, null);
        assertThat(satisfaction.ranked()).isEqualTo(2);
        // nothing weighted: nobody has a total
        weights(0, 0, 0, 0, 0);
        assertThat(team(assessments.of(MAY)).managers()).extracting(ManagerScore::rank).containsOnlyNulls();
    }

    @Test
    void aQuarterReadsItsThreeMonths() {
        Assessment q = assessments.of(AssessmentPeriod.parse("2076-Q2"));
        assertThat(q.period().months()).containsExactly(YearMonth.of(2076, 4), MAY, YearMonth.of(2076, 6));
        assertThat(q.manager(f.a).orElseThrow().total()).isEqualByComparingTo(n("80.0"));
        assertThat(assessments.of(YearMonth.of(2076, 4)).manager(f.a).orElseThrow().tasks()).isZero();
    }

    @Test
    void supervisorsSeeTheTeamTableWithItsComponents() throws Exception {
        String html = mvc.perform(get("/assessment").param("period", "2076-05").param("team", f.team).with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("section.assessment-team")).hasSize(1);
        assertThat(page.select("section.assessment-team tr[data-manager]")).extracting(e -> e.attr("data-manager")).containsExactly(f.a, f.b, f.c);
        var rowA = page.selectFirst("tr[data-manager=" + f.a + "]");
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
        assertThat(page.getElementById("own-rank").text()).isEqualTo("在" + f.team + "中排名第 1 名，共 3 名");
        assertThat(page.select("tr[data-manager]")).extracting(e -> e.attr("data-manager")).containsExactly(f.a);
        assertThat(html).doesNotContain("考核经理乙").doesNotContain("training-form").doesNotContain("training.csv");
        // a manager with no row in this period is told so
        String other = mvc.perform(get("/assessment").param("period", "2076-05").with(logins.as(TestLogins.CUSTOMER_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain("考核经理甲");
    }

    @Test
    void complaintHandlersAreRefused() throws Exception {
        mvc.perform(get("/assessment").with(logins.as(TestLogins.HANDLER))).andExpect(status().isForbidden());
    }
}
