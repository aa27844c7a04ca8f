package dev.retain.app.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Logging a contact closes or reschedules the task and shows in the history; validation; roles. MSISDNs 1390003xxxx. */
@RetainWebTest
class ContactLoggingTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;

    private String view(String user, String msisdn) throws Exception {
        return mvc.perform(get(url(new WorkbenchFixture(jdbc), msisdn)).with(logins.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    /** The customer's page: addressed by key, never by number. */
    private static String url(WorkbenchFixture f, String msisdn) {
        return "/customers/" + f.keyOf(msisdn);
    }

    @Test
    void aContactWithoutFollowUpClosesTheTaskAndShowsInTheHistory() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        String taskId = f.insert(WorkbenchFixture.yellow("13900030001", "PM-T1"));
        mvc.perform(post(url(f, "13900030001") + "/contacts").param("taskId", taskId).param("channel", "phone_manager")
                        .param("outcome", "accepted_offer").param("offer", "预存200送100").param("notes", "客户满意")
                        .with(csrf()).with(logins.as(TestLogins.PHONE)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(url(f, "13900030001") + "#history"));
        assertThat(f.taskStatus(taskId)).isEqualTo("done");
        assertThat(jdbc.sql("select outcome from task where task_id = ?").param(taskId).query(String.class).single())
                .isEqualTo("accepted_offer");
        String html = view(TestLogins.PHONE, "13900030001");
        assertThat(html).contains("接受优惠").contains("预存200送100").contains("客户满意").contains(TestLogins.PHONE);
        // the closed task leaves My tasks
        String tasks = mvc.perform(get("/tasks").with(logins.as(TestLogins.PHONE))).andReturn().getResponse().getContentAsString();
        assertThat(tasks).doesNotContain(url(f, "13900030001"));
    }

    @Test
    void aFollowUpDateKeepsTheTaskOpenAndMovesItsDueDate() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        String taskId = f.insert(WorkbenchFixture.yellow("13900030011", "PM-T1"));
        LocalDate followUp = LocalDate.now().plusDays(20);
        mvc.perform(post(url(f, "13900030011") + "/contacts").param("taskId", taskId).param("channel", "phone_manager")
                        .param("outcome", "unreachable").param("followUpDate", followUp.toString())
                        .with(csrf()).with(logins.as(TestLogins.PHONE)))
                .andExpect(status().is3xxRedirection());
        assertThat(f.taskStatus(taskId)).isEqualTo("open");
        assertThat(f.taskDue(taskId)).isEqualTo(followUp);
        assertThat(jdbc.sql("select follow_up_date from task where task_id = ?").param(taskId).query(LocalDate.class).single())
                .isEqualTo(followUp);
        assertThat(view(TestLogins.PHONE, "13900030011")).contains("未接通").contains(followUp + " 回访");
    }

    @Test
    void invalidFormsShowTheErrorAtTheFieldAndSaveNothing() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        String taskId = f.insert(WorkbenchFixture.yellow("13900030021", "PM-T1"));
        String refused = mvc.perform(post(url(f, "13900030021") + "/contacts").param("taskId", taskId)
                        .param("channel", "phone_manager").param("outcome", "refused")
                        .with(csrf()).with(logins.as(TestLogins.PHONE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("客户拒绝时须填写拒绝原因。").contains("field-error");
        String empty = mvc.perform(post(url(f, "13900030021") + "/contacts").param("taskId", taskId)
                        .param("followUpDate", LocalDate.now().minusDays(1).toString()).param("lang", "en")
                        .with(csrf()).with(logins.as(TestLogins.PHONE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Choose one of the channels.").contains("Choose one of the outcomes.")
                .contains("The follow-up date cannot be in the past.");
        String accepted = mvc.perform(post(url(f, "13900030021") + "/contacts").param("taskId", taskId)
                        .param("channel", "sms").param("outcome", "accepted_offer").param("lang", "zh_CN")
                        .with(csrf()).with(logins.as(TestLogins.PHONE)))
                .andReturn().getResponse().getContentAsString();
        assertThat(accepted).contains("请填写客户接受的优惠。");
        assertThat(f.contactsOf("13900030021")).isZero();
        assertThat(f.taskStatus(taskId)).isEqualTo("open");
    }

    @Test
    void onlyTheCustomersManagerOrASupervisorLogs() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        String taskId = f.insert(WorkbenchFixture.yellow("13900030031", "PM-T1"));
        for (String user : new String[] {TestLogins.OTHER_PHONE, TestLogins.ANALYST, TestLogins.ADMIN}) {
            mvc.perform(post(url(f, "13900030031") + "/contacts").param("taskId", taskId).param("channel", "phone_manager")
                    .param("outcome", "reached").with(csrf()).with(logins.as(user))).andExpect(status().isForbidden());
        }
        assertThat(f.contactsOf("13900030031")).isZero();
        mvc.perform(post(url(f, "13900030031") + "/contacts").param("channel", "hotline_10086").param("outcome", "complaint_raised")
                .with(csrf()).with(logins.as(TestLogins.SUPERVISOR))).andExpect(status().is3xxRedirection());
        assertThat(f.contactsOf("13900030031")).isEqualTo(1);
        assertThat(f.taskStatus(taskId)).isEqualTo("open");
    }

    @Test
    void theTaskListLeadsToAHandlingForm() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        String taskId = f.insert(WorkbenchFixture.yellow("13900030041", "CM-T1"));
        String html = mvc.perform(get("/tasks").with(logins.as(TestLogins.CUSTOMER_MANAGER))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("/tasks/" + taskId + "/handle");
        String form = mvc.perform(get("/tasks/" + taskId + "/handle").with(logins.as(TestLogins.CUSTOMER_MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("处理任务").contains("action=\"" + url(f, "13900030041") + "/contacts\"")
                .contains("value=\"" + taskId + "\" selected");
        mvc.perform(get("/tasks/" + taskId + "/handle").with(logins.as(TestLogins.OTHER_CUSTOMER_MANAGER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/tasks/" + taskId + "/handle").with(logins.as(TestLogins.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(get("/tasks/no-such-task/handle").with(logins.as(TestLogins.CUSTOMER_MANAGER))).andExpect(status().isNotFound());
    }
}
