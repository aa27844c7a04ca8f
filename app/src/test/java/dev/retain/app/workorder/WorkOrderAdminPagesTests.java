package dev.retain.app.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The admin's work-order settings: a queue and a rule route the next order, bad hours and URLs are refused by name, others are refused the page. */
@RetainWebTest
class WorkOrderAdminPagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired WorkOrders orders;

    @Test
    void anAdminAddsAQueueAndARuleAndTheNextOrderFollowsIt() throws Exception {
        mvc.perform(post("/admin/work-orders/queue").with(logins.as(TestLogins.ADMIN)).with(csrf()).param("code", "wo_admin_q")
                .param("nameZh", "资费争议").param("nameEn", "Tariff disputes").param("department", "billing").param("supervisors", "t-supervisor"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("done", true));
        mvc.perform(post("/admin/work-orders/rule").with(logins.as(TestLogins.ADMIN)).with(csrf()).param("category", "wo-admin-tariff")
                .param("queue", "wo_admin_q")).andExpect(flash().attribute("done", true));
        assertThat(orders.open(new NewWorkOrder(null, "13694160001", "hall", "wo-admin-tariff", "套餐扣费有误", null, null, "t-admin")).queue())
                .isEqualTo("wo_admin_q");
        mvc.perform(post("/admin/work-orders/hours").with(logins.as(TestLogins.ADMIN)).with(csrf()).param("region", "wo-admin-region")
                .param("hours", "9 to 5")).andExpect(flash().attribute("refused", org.hamcrest.Matchers.startsWith("hours:")));
        mvc.perform(post("/admin/work-orders/webhook").with(logins.as(TestLogins.ADMIN)).with(csrf()).param("url", "http://169.254.169.254/latest"))
                .andExpect(flash().attribute("refused", org.hamcrest.Matchers.containsString("allow-list")));
        assertThat(mvc.perform(get("/work-orders").with(logins.as(TestLogins.ADMIN))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).as("linked from the queue").contains("/admin/work-orders");
        String page = mvc.perform(get("/admin/work-orders").with(logins.as(TestLogins.ADMIN))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("工单设置").contains("资费争议").contains("08:30-12:00,13:30-17:30");
    }

    @Test
    void onlyAdminsMayOpenTheSettings() throws Exception {
        for (String user : List.of(TestLogins.SUPERVISOR, TestLogins.HANDLER, TestLogins.ANALYST, TestLogins.PHONE)) {
            mvc.perform(get("/admin/work-orders").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/work-orders/webhook-target").with(logins.as(user)).with(csrf()).param("url", "https://x.example.com"))
                    .andExpect(status().isForbidden());
        }
    }
}
