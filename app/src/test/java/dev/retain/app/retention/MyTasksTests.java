package dev.retain.app.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.PersonalData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** My tasks: own open tasks only, filters, overdue marking, paging, htmx, CSV export, roles. MSISDNs 1390001xxxx. */
@RetainWebTest
class MyTasksTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    /** "Today" as the app sees it: in the business time zone, not the test JVM's. */
    @Autowired Clock clock;

    private WorkbenchFixture fixture() {
        return new WorkbenchFixture(jdbc);
    }

    private String page(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void aManagerSeesOnlyTheirOwnOpenTasks() throws Exception {
        WorkbenchFixture f = fixture();
        f.insert(WorkbenchFixture.yellow("13900010001", "PM-T1"));
        f.insert(WorkbenchFixture.yellow("13900010002", "PM-T2"));
        f.closeTask(f.insert(WorkbenchFixture.yellow("13900010003", "PM-T1")));

        String mine = page(TestLogins.PHONE, get("/tasks"));
        assertThat(mine).contains("/customers/" + f.keyOf("13900010001")).contains(PersonalData.maskMsisdn("13900010001"))
                .doesNotContain(f.keyOf("13900010002")).doesNotContain(f.keyOf("13900010003"))
                .as("the link carries the customer's key, not the number").doesNotContain("13900010001")
                .contains("王*").doesNotContain("王小明");
        String theirs = page(TestLogins.OTHER_PHONE, get("/tasks"));
        assertThat(theirs).contains("/customers/" + f.keyOf("13900010002")).doesNotContain(f.keyOf("13900010001"));
    }

    @Test
    void rowsShowTranslatedReasonsTierZoneAndValue() throws Exception {
        fixture().insert(WorkbenchFixture.yellow("13900010011", "PM-T1").kind("retention", "yellow_zone;rule_without_label"));
        String zh = page(TestLogins.PHONE, get("/tasks"));
        assertThat(zh).contains("话费跌破高价值门槛").contains("rule_without_label").contains("金卡").contains("zone-yellow")
                .contains("62.40");
        String en = page(TestLogins.PHONE, get("/tasks").param("lang", "en"));
        assertThat(en).contains("My tasks").contains("Bill fell below the high-value threshold").contains("Gold");
    }

    @Test
    void theChurnModelsReasonsReadInWordsOnTheListAndThe360() throws Exception {
        WorkbenchFixture f = fixture();
        String taskId = f.insert(WorkbenchFixture.yellow("13900010771", "PM-T1"));
        String reasons = "mou_ratio_1m_3m=0.1200;months_to_contract_end=1.000";
        jdbc.sql("update task set churn_reasons = ? where task_id = ?").params(reasons, taskId).update();
        jdbc.sql("update segment set churn_reasons = ? where msisdn = ?").params(reasons, "13900010771").update();

        assertThat(page(TestLogins.PHONE, get("/tasks"))).contains("流失模型：本月主叫分钟为前3个月均值的 12%；合约 1 个月后到期");
        assertThat(page(TestLogins.PHONE, get("/tasks").param("lang", "en")))
                .contains("Churn model: Outgoing minutes this month is 12% of the 3 months before; contract ends in 1 months");
        assertThat(page(TestLogins.PHONE, get("/customers/" + f.keyOf("13900010771")))).contains("id=\"churn-reasons\"")
                .contains("本月主叫分钟为前3个月均值的 12%");
    }

    @Test
    void filtersByZoneKindPriorityAndDueDate() throws Exception {
        WorkbenchFixture f = fixture();
        LocalDate today = LocalDate.now(clock);
        f.insert(WorkbenchFixture.yellow("13900010021", "PM-T1"));
        f.insert(WorkbenchFixture.yellow("13900010022", "PM-T1").zone("red", "red_mou_drop").kind("retention", "red_zone"));
        f.insert(WorkbenchFixture.yellow("13900010023", "PM-T1").zone("blue", "blue_commit").kind("care", "blue_points_expiry")
                .priority(5));
        f.insert(WorkbenchFixture.yellow("13900010024", "PM-T1").due(today.minusDays(2)));
        f.insert(WorkbenchFixture.yellow("13900010025", "PM-T1").due(today.plusDays(3)).priority(7));

        assertThat(page(TestLogins.PHONE, get("/tasks").param("zone", "red")))
                .contains(f.keyOf("13900010022")).doesNotContain(f.keyOf("13900010021")).doesNotContain(f.keyOf("13900010023"));
        assertThat(page(TestLogins.PHONE, get("/tasks").param("kind", "care")))
                .contains(f.keyOf("13900010023")).doesNotContain(f.keyOf("13900010021")).doesNotContain(f.keyOf("13900010022"));
        assertThat(page(TestLogins.PHONE, get("/tasks").param("minPriority", "100").param("zone", "blue")))
                .doesNotContain(f.keyOf("13900010023"));
        assertThat(page(TestLogins.PHONE, get("/tasks").param("due", "overdue")))
                .contains(f.keyOf("13900010024")).doesNotContain(f.keyOf("13900010021")).doesNotContain(f.keyOf("13900010025"));
        assertThat(page(TestLogins.PHONE, get("/tasks").param("due", "week")))
                .contains(f.keyOf("13900010025")).doesNotContain(f.keyOf("13900010024")).doesNotContain(f.keyOf("13900010021"));
    }

    @Test
    void overdueRowsAreMarked() throws Exception {
        WorkbenchFixture f = fixture();
        f.insert(WorkbenchFixture.yellow("13900010091", "PM-T1").due(LocalDate.now(clock).minusDays(1)));
        f.insert(WorkbenchFixture.yellow("13900010032", "PM-T1").due(LocalDate.now(clock)));
        String html = page(TestLogins.PHONE, get("/tasks"));
        assertThat(rowOf(html, f.keyOf("13900010091"))).contains("overdue");
        assertThat(rowOf(html, f.keyOf("13900010032"))).doesNotContain("overdue");
    }

    @Test
    void pagesHoldFiftyTasksMostUrgentFirst() throws Exception {
        WorkbenchFixture f = fixture();
        // white win-back tasks exist only in this test, so the filtered list is exactly these 55
        for (int i = 1; i <= 55; i++) {
            f.insert(WorkbenchFixture.yellow("139000110%02d".formatted(i), "CM-T2").zone("white", "white_state")
                    .kind("winback", "white_zone").priority(1_000_000L - i));
        }
        String first = page(TestLogins.OTHER_CUSTOMER_MANAGER, get("/tasks").param("zone", "white").param("kind", "winback"));
        assertThat(first).contains("/customers/" + f.keyOf("13900011001")).contains("/customers/" + f.keyOf("13900011050"))
                .doesNotContain("/customers/" + f.keyOf("13900011051")).contains("id=\"next\"").doesNotContain("id=\"previous\"");
        assertThat(first.indexOf(f.keyOf("13900011001"))).isLessThan(first.indexOf(f.keyOf("13900011002")));
        String second = page(TestLogins.OTHER_CUSTOMER_MANAGER,
                get("/tasks").param("zone", "white").param("kind", "winback").param("page", "1"));
        assertThat(second).contains("/customers/" + f.keyOf("13900011051")).contains("/customers/" + f.keyOf("13900011055"))
                .doesNotContain("/customers/" + f.keyOf("13900011050")).contains("id=\"previous\"").doesNotContain("id=\"next\"");
        // the pager keeps the filters
        assertThat(first).contains("/tasks?zone=white&amp;kind=winback&amp;minPriority=0&amp;due=all&amp;page=1");
    }

    @Test
    void htmxGetsOnlyTheResultsAndPlainGetTheWholePage() throws Exception {
        WorkbenchFixture f = fixture();
        f.insert(WorkbenchFixture.yellow("13900010041", "PM-T1").zone("red", "red_mou_drop"));
        String fragment = page(TestLogins.PHONE, get("/tasks").param("zone", "red").header("HX-Request", "true"));
        assertThat(fragment).contains("id=\"task-results\"").contains(f.keyOf("13900010041")).doesNotContain("<nav");
        String whole = page(TestLogins.PHONE, get("/tasks").param("zone", "red"));
        assertThat(whole).contains("<nav").contains("hx-get=\"/tasks\"").contains(f.keyOf("13900010041"));
    }

    @Test
    void theCsvExportIsMaskedAndAudited() throws Exception {
        WorkbenchFixture f = fixture();
        f.insert(WorkbenchFixture.yellow("13900010051", "CM-T1"));
        long before = f.auditEntries(TestLogins.CUSTOMER_MANAGER, AuditLog.EXPORT, "my-tasks.csv");
        var response = mvc.perform(get("/tasks/export.csv").with(logins.as(TestLogins.CUSTOMER_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse();
        String csv = response.getContentAsString();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(csv).contains("task_id,msisdn,name").contains(PersonalData.maskMsisdn("13900010051")).contains("王*")
                .doesNotContain("13900010051,").doesNotContain("王小明");
        assertThat(f.auditEntries(TestLogins.CUSTOMER_MANAGER, AuditLog.EXPORT, "my-tasks.csv")).isEqualTo(before + 1);
    }

    @Test
    void onlyManagersHaveATaskList() throws Exception {
        for (String user : new String[] {TestLogins.SUPERVISOR, TestLogins.ANALYST, TestLogins.ADMIN}) {
            mvc.perform(get("/tasks").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/tasks/export.csv").with(logins.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/tasks").with(logins.as(TestLogins.CUSTOMER_MANAGER))).andExpect(status().isOk());
    }

    private static String rowOf(String html, String customerKey) {
        Matcher m = Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*/customers/" + customerKey + "(?:(?!</tr>).)*</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("a row for " + customerKey).isTrue();
        return m.group();
    }
}
