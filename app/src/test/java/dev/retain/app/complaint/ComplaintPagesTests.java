package dev.retain.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The complaint pages: who may open and act, masking, the handler's path through the forms, refusals. MSISDNs 1369718xxxx. */
@RetainWebTest
class ComplaintPagesTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TestLogins logins;
    @Autowired Complaints complaints;

    private ComplaintView complaint(String msisdn) {
        new ComplaintFixture(jdbc).subscriber(msisdn, "hangzhou", "xihu", "gold");
        return complaints.receive(new NewComplaint(null, msisdn, "hotline", "network_coverage", "地下车库没信号，家人电话 13812345678",
                Instant.now().minusSeconds(600), "t-handler"));
    }

    @Test
    void theHandlerFiltersAndHandsAComplaintToAWorkOrderFromThePages() throws Exception {
        ComplaintView c = complaint("13697180001");
        String page = mvc.perform(get("/complaints/" + c.id()).with(logins.as(TestLogins.HANDLER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("136****0001").doesNotContain("13697180001").doesNotContain("13812345678").contains("138****5678").contains("多次投诉型").contains("规划在建型")
                .contains("confirm-filter").contains("contribution-customer_class");
        // a code the form never offers comes back as a refusal on the page, not an error page
        mvc.perform(post("/complaints/" + c.id() + "/filter").param("priority", "urgent").with(logins.as(TestLogins.HANDLER)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("refused"));
        assertThat(complaints.find(c.id()).orElseThrow().state()).isEqualTo("intake");
        mvc.perform(post("/complaints/" + c.id() + "/filter").with(logins.as(TestLogins.HANDLER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/complaints/" + c.id() + "/scenario").param("scenario", "short_term_solvable").param("customerType", "repeat")
                .with(logins.as(TestLogins.HANDLER)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/complaints/" + c.id() + "/work-order").with(logins.as(TestLogins.HANDLER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        ComplaintView after = complaints.find(c.id()).orElseThrow();
        assertThat(after.state()).isEqualTo("handling");
        assertThat(after.workOrderId()).isNotNull();
        assertThat(after.scenario()).isEqualTo("short_term_solvable");
        mvc.perform(get("/complaints/" + c.id()).with(logins.as(TestLogins.HANDLER)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/work-orders/" + after.workOrderId())));
        mvc.perform(get("/complaints").param("state", "handling").with(logins.as(TestLogins.HANDLER))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("complaint-" + c.id())));
    }

    @Test
    void everyPageOpensForItsRolesInChineseAndEnglish() throws Exception {
        ComplaintView c = complaint("13697180002");
        for (String who : new String[] {TestLogins.HANDLER, TestLogins.SUPERVISOR, TestLogins.ADMIN, TestLogins.ANALYST}) {
            for (String path : new String[] {"/complaints", "/complaints/" + c.id(), "/complaints/alarms", "/complaints?state=all"}) {
                mvc.perform(get(path).with(logins.as(who))).andExpect(status().isOk());
                mvc.perform(get(path).param("lang", "en").with(logins.as(who))).andExpect(status().isOk());
            }
        }
        for (String who : new String[] {TestLogins.HANDLER, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            mvc.perform(get("/complaints/new").with(logins.as(who))).andExpect(status().isOk());
        }
        mvc.perform(get("/complaints/import").with(logins.as(TestLogins.HANDLER))).andExpect(status().isOk());
        mvc.perform(get("/admin/complaint-filter").with(logins.as(TestLogins.ADMIN))).andExpect(status().isOk());
        mvc.perform(get("/admin/complaint-filter").param("lang", "en").with(logins.as(TestLogins.ADMIN))).andExpect(status().isOk());
        String analystPage = mvc.perform(get("/complaints/" + c.id()).with(logins.as(TestLogins.ANALYST)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(analystPage).doesNotContain("confirm-filter").doesNotContain("record-scenario");
    }

    @Test
    void wrongRolesAreRefused() throws Exception {
        ComplaintView c = complaint("13697180003");
        for (String who : new String[] {TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER}) {
            for (String path : new String[] {"/complaints", "/complaints/" + c.id(), "/complaints/alarms", "/complaints/import",
                    "/admin/complaint-filter"}) {
                mvc.perform(get(path).with(logins.as(who))).andExpect(status().isForbidden());
            }
        }
        mvc.perform(get("/complaints/new").with(logins.as(TestLogins.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(get("/complaints/import").with(logins.as(TestLogins.ANALYST))).andExpect(status().isForbidden());
        for (String who : new String[] {TestLogins.HANDLER, TestLogins.SUPERVISOR, TestLogins.ANALYST}) {
            mvc.perform(get("/admin/complaint-filter").with(logins.as(who))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/complaint-filter").param("weight.competition", "0").with(logins.as(who)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        for (String path : new String[] {"/complaints/" + c.id() + "/filter", "/complaints/" + c.id() + "/work-order",
                "/complaints/" + c.id() + "/scenario"}) {
            mvc.perform(post(path).with(logins.as(TestLogins.ANALYST)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post(path).with(logins.as(TestLogins.PHONE)).with(csrf())).andExpect(status().isForbidden());
        }
        mvc.perform(post("/complaints/alarms").param("region", "x").with(logins.as(TestLogins.ANALYST)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/complaints/import").file(new MockMultipartFile("file", "c.csv", "text/csv", new byte[0]))
                .with(logins.as(TestLogins.ANALYST)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/complaints/new").param("msisdn", "13697180003").param("channel", "hall").param("category", "billing")
                .param("description", "x").with(logins.as(TestLogins.OTHER_PHONE)).with(csrf())).andExpect(status().isForbidden());
        assertThat(complaints.find(c.id()).orElseThrow().state()).isEqualTo("intake");
    }

    @Test
    void theFormsRefuseBadInputNamingTheFieldAndTheImportListsRejects() throws Exception {
        String page = mvc.perform(post("/complaints/new").param("msisdn", "13697180004").param("channel", "hall").param("category", "billing")
                        .param("description", " ").with(logins.as(TestLogins.HANDLER)).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("description: missing").doesNotContain("13697180004");
        new ComplaintFixture(jdbc).subscriber("13697180005", "hangzhou", "xihu", "none");
        byte[] csv = """
                complaint_id,msisdn,received_at,channel,category,description
                cp-1,13697180005,2026-10-05,hall,billing,多收费
                cp-2,13697180006,2026-10-05,hall,billing,不是本省用户
                """.getBytes(StandardCharsets.UTF_8);
        String outcome = mvc.perform(multipart("/complaints/import").file(new MockMultipartFile("file", "complaints.csv", "text/csv", csv))
                        .with(logins.as(TestLogins.HANDLER)).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(outcome).contains("import-rejects").contains(">3<").contains("msisdn").doesNotContain("13697180006");
        mvc.perform(post("/admin/complaint-filter").param("weight.return_on_investment", "120").with(logins.as(TestLogins.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select value from complaint_filter_setting where key = 'weight.return_on_investment'").query(Double.class).single())
                .isLessThanOrEqualTo(100.0);
    }
}
