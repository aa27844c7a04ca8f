package dev.retain.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.assignment.AssignmentFixtures;
import dev.retain.app.assignment.ManagerLoad;
import dev.retain.app.report.Dashboard.OverdueCount;
import dev.retain.app.report.Dashboard.RegionShortage;
import dev.retain.app.segment.Segments;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's figures are the inserted rows, counted: zones and migration for two
 * months (the segment module's definitions, new and gone customers included), manager load
 * and shortage per region (the assignment module's capacity), overdue open tasks per team.
 */
@RetainWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisorDashboardTests {

    private static final String CM = "customer_manager";
    private static final String PM = "phone_manager";
    private static final YearMonth MAY = YearMonth.of(2039, 5);
    private static final YearMonth JUNE = YearMonth.of(2039, 6);

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired SupervisorDashboard dashboards;
    @Autowired Segments segments;
    /** "Today" as the dashboard sees it: in the business time zone, not the test JVM's. */
    @Autowired Clock clock;

    @BeforeAll
    void province() {
        LocalDate today = LocalDate.now(clock);
        new AssignmentFixtures(jdbc)
                .manager("SUP-CM1", CM, "SUPR", 2, true)
                .manager("SUP-PM1", PM, "SUPR", null, true)
                .manager("SUP-CM-OLD", CM, "SUPR", 9, false)
                // SUPR: three customer-manager customers (one without a manager), one phone customer
                .customer("19910000001", "SUPR", "SUP-CM1", CM)
                .customer("19910000002", "SUPR", "SUP-CM1", CM)
                .customer("19910000003", "SUPR", null, CM)
                .customer("19910000004", "SUPR", "SUP-PM1", PM)
                // SUPX: two customer-manager customers and no manager at all
                .customer("19910000005", "SUPX", null, CM)
                .customer("19910000006", "SUPX", null, CM)
                .segment("2039-05", "19910000001", "blue", 1).segment("2039-06", "19910000001", "blue", 1)
                .segment("2039-05", "19910000002", "green", 1).segment("2039-06", "19910000002", "yellow", 1)
                .segment("2039-05", "19910000003", "yellow", 1).segment("2039-06", "19910000003", "yellow", 1)
                .segment("2039-05", "19910000004", "red", 1).segment("2039-06", "19910000004", "white", 1)
                .segment("2039-06", "19910000005", "green", 1)
                .task("SUP-T1", "19910000001", "SUP-CM1", "open", today.minusDays(2))
                .task("SUP-T2", "19910000002", "SUP-CM1", "open", today.minusDays(1))
                .task("SUP-T3", "19910000003", "SUP-CM1", "open", today.plusDays(1))   // not yet due (one open task a customer)
                .task("SUP-T4", "19910000001", "SUP-CM1", "done", today.minusDays(5))  // closed
                .task("SUP-T5", "19910000004", "SUP-PM1", "open", today)               // due today: not overdue
                .task("SUP-T6", "19910000005", null, "open", today.minusDays(3));
    }

    @Test
    void zoneCountsAndMigrationAreTheSegmentModulesFigures() {
        Dashboard d = dashboards.of(JUNE);
        assertThat(d.previousMonth()).isEqualTo(MAY);
        assertThat(d.zoneCounts()).isEqualTo(segments.zoneCounts(JUNE))
                .containsEntry("blue", 1L).containsEntry("green", 1L).containsEntry("yellow", 2L)
                .containsEntry("red", 0L).containsEntry("white", 1L).containsEntry("none", 0L);
        assertThat(d.migration()).isEqualTo(segments.migration(MAY, JUNE));
        assertThat(d.migration().get("blue")).containsEntry("blue", 1L);
        assertThat(d.migration().get("green")).containsEntry("yellow", 1L).containsEntry("green", 0L);
        assertThat(d.migration().get("yellow")).containsEntry("yellow", 1L);
        assertThat(d.migration().get("red")).containsEntry("white", 1L).containsEntry("red", 0L);
        assertThat(d.migration().get(Segments.ABSENT)).as("the customer new in June").containsEntry("green", 1L);
        assertThat(d.migrationTotal()).isEqualTo(5);
    }

    @Test
    void customersWhoLeftAreGoneNotCountedInAZone() {
        YearMonth july = YearMonth.of(2039, 7);
        // 19910000001 stays blue; 19910000002 left in July (the engine's none_left); 19910000003 has no July row at all
        new AssignmentFixtures(jdbc).segment("2039-07", "19910000001", "blue", 1);
        jdbc.sql("""
                insert into segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk)
                values ('2039-07', '19910000002', 'gold', 'rules', 'none', 'none_left', 0, 0)""").update();
        Dashboard d = dashboards.of(july);
        assertThat(d.zoneCounts()).containsEntry("blue", 1L).containsEntry("none", 0L);
        assertThat(d.zoneTotal()).isEqualTo(1);
        assertThat(d.migration().get("blue")).containsEntry("blue", 1L);
        assertThat(d.migration().get("yellow")).containsEntry(Segments.GONE, 2L);
        assertThat(d.migration().get("green")).containsEntry(Segments.GONE, 1L);
        assertThat(d.migration().get("white")).containsEntry(Segments.GONE, 1L);
        assertThat(d.migrationTotal()).isEqualTo(5);
        assertThat(d.migrationColumns()).endsWith(Segments.GONE);
    }

    @Test
    void loadShortageAndOverdueAreComputedFromTheRows() {
        Dashboard d = dashboards.of(JUNE);
        assertThat(d.managerLoads()).filteredOn(m -> m.managerId().startsWith("SUP-"))
                .extracting(ManagerLoad::managerId, ManagerLoad::load, ManagerLoad::capacity)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("SUP-CM1", 2L, 2L),
                        org.assertj.core.groups.Tuple.tuple("SUP-PM1", 1L, 6000L));
        // SUPR customer managers: 3 customers, one active manager who can serve 2 (her own capacity): the one
        // customer beyond it, unassigned for lack of room, makes one manager short at the default of 500.
        // SUPX: 2 customers and nobody to serve them: one short, both unassigned. SUPR phone: 1 of 6000, nothing to report.
        assertThat(d.shortages()).filteredOn(s -> s.region().startsWith("SUP"))
                .containsExactlyInAnyOrder(new RegionShortage("SUPR", CM, 3, 1, 2, 0, 1, 1), new RegionShortage("SUPX", CM, 2, 0, 0, 0, 1, 2));
        assertThat(d.overdueByRegion()).filteredOn(o -> o.key() != null && o.key().startsWith("SUP"))
                .extracting(OverdueCount::key, OverdueCount::tasks)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("SUPR", 2L), org.assertj.core.groups.Tuple.tuple("SUPX", 1L));
        assertThat(d.overdueByManager()).filteredOn(o -> "SUP-CM1".equals(o.key()))
                .extracting(OverdueCount::tasks).containsExactly(2L);
        assertThat(d.overdueByManager()).noneMatch(o -> "SUP-PM1".equals(o.key()));
    }

    @Test
    void aRegionWhoseManagersServeOtherRegionsIsShortWhenItsOwnCustomersGoUnassigned() {
        // XSG's one customer manager (room for 2) is the account manager of two group customers who live in XSH;
        // XSG's own two customers found no room. Her capacity alone covers XSG's two customers: counted that
        // way XSG would be "0 managers short" beside 2 unassigned. The room other regions take is not XSG's.
        new AssignmentFixtures(jdbc)
                .manager("XSG-CM", CM, "XSG", 2, true)
                .customer("19910000011", "XSH", "XSG-CM", CM)
                .customer("19910000012", "XSH", "XSG-CM", CM)
                .customer("19910000013", "XSG", null, CM)
                .customer("19910000014", "XSG", null, CM);
        Dashboard d = dashboards.of(JUNE);
        assertThat(d.shortages()).filteredOn(s -> s.region().equals("XSG") || s.region().equals("XSH"))
                .containsExactlyInAnyOrder(new RegionShortage("XSG", CM, 2, 1, 2, 2, 1, 2),
                        new RegionShortage("XSH", CM, 2, 0, 0, 0, 1, 0));
        // in this test's regions (other tests in the shared database write subscribers that no cycle has assigned yet)
        assertThat(d.shortages()).filteredOn(s -> s.region().equals("XSG") || s.region().equals("XSH"))
                .as("unassigned customers always come with a shortage").allMatch(s -> s.unassigned() == 0 || s.managersShort() > 0);
    }

    @Test
    void analystsAreOfferedTheHistoryNotTheReassignment() throws Exception {
        String analyst = page(TestLogins.ANALYST, "zh_CN");
        assertThat(analyst).doesNotContain("id=\"reassign-link\"").contains("id=\"assignment-history-link\"").contains("客户分配记录");
        String supervisor = page(TestLogins.SUPERVISOR, "zh_CN");
        assertThat(supervisor).contains("id=\"reassign-link\"").doesNotContain("id=\"assignment-history-link\"");
    }

    @Test
    void thePageShowsTheFiguresInBothLanguages() throws Exception {
        String zh = page(TestLogins.SUPERVISOR, "zh_CN");
        assertThat(zh).contains("主管看板", "黄色异动区", "新增", "流失");
        String en = page(TestLogins.SUPERVISOR, "en");
        assertThat(en).contains("Supervisor dashboard", "Yellow (revenue drop)", ">New<", ">Gone<");
        for (String html : new String[] {zh, en}) {
            assertThat(html).contains("id=\"zone-count-yellow\">2<", "id=\"zone-count-white\">1<", "id=\"zone-count-red\">0<",
                    "id=\"mig-green-yellow\"", "id=\"mig-red-white\"");
            assertThat(cell(html, "mig-green-yellow")).isEqualTo("1");
            assertThat(cell(html, "mig-red-white")).isEqualTo("1");
            assertThat(cell(html, "mig-absent-green")).as("the customer new in June").isEqualTo("1");
            assertThat(cell(html, "mig-blue-gone")).isEqualTo("0");
            assertThat(row(html, "load-SUP-CM1")).contains("class=\"num load\">2<", "class=\"num capacity\">2<");
            assertThat(row(html, "load-SUP-PM1")).contains("class=\"num load\">1<", "class=\"num capacity\">6000<");
            assertThat(row(html, "short-SUPX-customer_manager")).contains("class=\"num short\">1<", "class=\"num unassigned\">2<");
            assertThat(row(html, "short-SUPR-customer_manager")).contains("class=\"num active-capacity\">2<", "class=\"num held\">0<",
                    "class=\"num short\">1<", "class=\"num unassigned\">1<");
            assertThat(row(html, "overdue-manager-SUP-CM1")).contains(">2<");
            assertThat(row(html, "overdue-region-SUPX")).contains(">1<");
            assertThat(html).contains("echarts.min.js");
            assertThat(html).as("every message key resolves").doesNotContain("??");
        }
    }

    @Test
    void theZoneChartKeepsThoseOutsideTheProgrammeApartAndThePageHasNoInlineScript() throws Exception {
        for (String lang : new String[] {"zh_CN", "en"}) {
            String html = page(TestLogins.SUPERVISOR, lang);
            // pages run under a Content-Security-Policy: every script is a file
            Matcher script = Pattern.compile("<script\\b[^>]*>").matcher(html);
            int scripts = 0;
            while (script.find()) {
                assertThat(script.group()).as("a script without src").contains(" src=");
                scripts++;
            }
            assertThat(scripts).isPositive();
            Matcher attribute = Pattern.compile("id=\"zone-chart\"[^>]*data-chart=\"([^\"]*)\"").matcher(html);
            assertThat(attribute.find()).as("the chart's data attribute").isTrue();
            JsonNode chart = JsonMapper.shared().readTree(HtmlUtils.htmlUnescape(attribute.group(1)));
            assertThat(chart.get("programme").valueStream().map(p -> p.get("zone").asString()).toList())
                    .containsExactly("blue", "green", "yellow", "red", "white");
            assertThat(chart.get("programme").get(2).get("value").asLong()).isEqualTo(2);
            assertThat(chart.get("outside").get("zone").asString()).isEqualTo("none");
            assertThat(chart.get("outsideTitle").asString()).isNotBlank().isNotEqualTo(chart.get("programmeTitle").asString());
        }
        assertThat(page(TestLogins.SUPERVISOR, "zh_CN")).contains("未纳入项目（单独刻度）");
    }

    @Test
    void withoutAMonthTheNewestSegmentedMonthIsShown() throws Exception {
        String newest = jdbc.sql("select max(month) from segment").query(String.class).single();
        String html = mvc.perform(get("/supervisor").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("value=\"" + newest + "\"\\s+selected");
    }

    @Test
    void supervisorsAdminsAndAnalystsSeeTheDashboardManagersDoNot() throws Exception {
        for (String allowed : new String[] {TestLogins.SUPERVISOR, TestLogins.ADMIN, TestLogins.ANALYST}) {
            mvc.perform(get("/supervisor").param("month", "2039-06").with(logins.as(allowed))).andExpect(status().isOk());
        }
        for (String wrong : new String[] {TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            mvc.perform(get("/supervisor").with(logins.as(wrong))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/supervisor").param("month", "June").with(logins.as(TestLogins.SUPERVISOR))).andExpect(status().isBadRequest());
    }

    private String page(String user, String lang) throws Exception {
        return mvc.perform(get("/supervisor").param("month", JUNE.toString()).param("lang", lang).with(logins.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String row(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\".*?</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("row " + id).isTrue();
        return m.group();
    }

    private static String cell(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("cell " + id).isTrue();
        return m.group(1).trim();
    }
}
