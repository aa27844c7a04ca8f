package dev.retain.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Training records: supervisors and admins add, change and delete them (audited), a bad field is refused by name, other
 * roles are refused; the CSV neutralises a cell that would be a formula. Months 2077-xx belong to this class.
 */
@RetainWebTest
class TrainingRecordsTests {

    private static final int RUN = ThreadLocalRandom.current().nextInt(1000);
    private static final String MANAGER = "TR" + RUN + "-M";
    private static final String MONTH = "2077-0" + (1 + RUN % 9);
    /** The add-change-delete test's own month: the other tests' records do not count on its row. */
    private static final String CRUD_MONTH = "2078-0" + (1 + RUN % 9);

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void manager() {
        jdbc.sql("insert into manager (manager_id, name, role, region, branch, team) values (?, '培训经理', 'phone_manager', 'hangzhou', null, ?) on conflict do nothing")
                .params(MANAGER, "TR-" + RUN).update();
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder post, String course, String hours, String score) {
        return form(post, MONTH, course, hours, score, "");
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder post, String month, String course, String hours, String score,
                                                      String note) {
        return post.param("period", month).param("managerId", MANAGER).param("course", course).param("takenOn", month + "-12")
                .param("result", "passed").param("score", score).param("hours", hours).param("note", note).with(csrf());
    }

    private Long idOf(String course) {
        return jdbc.sql("select id from training_record where manager_id = ? and course = ?").params(MANAGER, course).query(Long.class).optional().orElse(null);
    }

    @Test
    void supervisorsAddChangeAndDeleteRecords() throws Exception {
        String course = "维系话术" + RUN;
        mvc.perform(form(post("/assessment/training"), CRUD_MONTH, course, "2.5", "88", "").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().is3xxRedirection());
        Long id = idOf(course);
        assertThat(id).isNotNull();
        assertThat(jdbc.sql("select hours from training_record where id = ?").param(id).query(BigDecimal.class).single()).isEqualByComparingTo("2.5");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'training_saved' and subject = ?").param("training_record " + id)
                .query(Long.class).single()).isEqualTo(1);

        String page = mvc.perform(get("/assessment").param("period", CRUD_MONTH).with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).getElementById("training-" + id).text()).contains(course, "通过", "88.0", "2.5");
        // the manager's row counts the course
        assertThat(Jsoup.parse(page).selectFirst("tr[data-manager=" + MANAGER + "]").text()).contains("1 门课程，2.5 小时");
        // the edit form comes back filled
        String edit = mvc.perform(get("/assessment").param("period", CRUD_MONTH).param("edit", id.toString()).with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(edit).getElementById("training-course").val()).isEqualTo(course);

        mvc.perform(form(post("/assessment/training/" + id), CRUD_MONTH, course + "（复训）", "3", "", "").with(logins.as(TestLogins.ADMIN)))
                .andExpect(status().is3xxRedirection());
        assertThat(idOf(course + "（复训）")).isEqualTo(id);
        assertThat(jdbc.sql("select score from training_record where id = ?").param(id).query(BigDecimal.class).optional()).isEmpty();

        mvc.perform(post("/assessment/training/" + id + "/delete").param("period", CRUD_MONTH).with(csrf()).with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().is3xxRedirection());
        assertThat(idOf(course + "（复训）")).isNull();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'training_deleted' and subject = ?").param("training_record " + id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBadFieldIsRefusedByName() throws Exception {
        String course = "坏学时" + RUN;
        String hours = mvc.perform(form(post("/assessment/training"), course, "1e3", "").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(hours).getElementById("training-refused").text()).startsWith("学时：");
        assertThat(Jsoup.parse(hours).getElementById("training-course").val()).as("the typed values come back").isEqualTo(course);
        String score = mvc.perform(form(post("/assessment/training"), course, "2", "101").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(score).getElementById("training-refused").text()).startsWith("成绩");
        String empty = mvc.perform(form(post("/assessment/training"), " ", "2", "").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(empty).getElementById("training-refused").text()).startsWith("课程：");
        String manager = mvc.perform(post("/assessment/training").param("period", MONTH).param("managerId", "NO-SUCH-" + RUN).param("course", course)
                        .param("takenOn", MONTH + "-12").param("result", "passed").param("hours", "2").with(csrf()).with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(manager).getElementById("training-refused").text()).startsWith("客户经理编号：");
        String date = mvc.perform(form(post("/assessment/training"), course, "2", "").param("takenOn", "2077-02-30").with(logins.as(TestLogins.SUPERVISOR)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(date).getElementById("training-refused").text()).startsWith("日期：");
        assertThat(idOf(course)).isNull();
    }

    @Test
    void otherRolesMayNotKeepRecords() throws Exception {
        for (String user : new String[] {TestLogins.ANALYST, TestLogins.CUSTOMER_MANAGER, TestLogins.PHONE, TestLogins.HANDLER}) {
            mvc.perform(form(post("/assessment/training"), "不许" + RUN, "1", "").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/assessment/training/1/delete").with(csrf()).with(logins.as(user))).andExpect(status().isForbidden());
        }
        assertThat(idOf("不许" + RUN)).isNull();
        for (String user : new String[] {TestLogins.CUSTOMER_MANAGER, TestLogins.HANDLER}) {
            mvc.perform(get("/assessment/training.csv").param("period", MONTH).with(logins.as(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theCsvNeutralisesFormulas() throws Exception {
        mvc.perform(form(post("/assessment/training"), MONTH, "=HYPERLINK(\"http://x\")" + RUN, "1", "", "+1" + RUN)
                .with(logins.as(TestLogins.SUPERVISOR))).andExpect(status().is3xxRedirection());
        String csv = mvc.perform(get("/assessment/training.csv").param("period", MONTH).with(logins.as(TestLogins.ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("\uFEFFid,manager_id,manager,course,taken_on,result,score,hours,note,recorded_by\r\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")" + RUN + "\"").contains(",'+1" + RUN + ",").doesNotContain(",=HYPERLINK");
        mvc.perform(get("/assessment/training.csv").param("period", "bad").with(logins.as(TestLogins.ANALYST))).andExpect(status().isBadRequest());
    }
}
