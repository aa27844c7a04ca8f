package dev.retain.app.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.complaint.ComplaintFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The work-order pages: a handler opens an order, takes it from intake to closure with a callback through
 * the detail page's actions; pages show the number masked, in zh-CN without codes; every page refuses the
 * wrong roles. MSISDNs 1369415xxxx belong to this class.
 */
@RetainWebTest
class WorkOrderPagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired WorkOrders orders;
    @Autowired JdbcClient jdbc;

    private String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void act(long id, String... params) throws Exception {
        var request = post("/work-orders/" + id + "/action").with(logins.as(TestLogins.HANDLER)).with(csrf());
        for (int i = 0; i < params.length; i += 2) request = request.param(params[i], params[i + 1]);
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    @Test
    void aHandlerTakesAnOrderFromIntakeToClosureWithACallback() throws Exception {
        String location = mvc.perform(post("/work-orders").with(logins.as(TestLogins.HANDLER)).with(csrf()).param("msisdn", "13694150001")
                        .param("channel", "hall").param("category", "宽带").param("description", "宽带每晚断线，客户电话 13694150001")
                        .param("priority", "must_solve"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        act(id, "action", "assign_me");
        act(id, "action", "start");
        act(id, "action", "wait", "reason", "等客户在家");
        act(id, "action", "resume");
        act(id, "action", "close", "outcome", "satisfied");   // refused: not resolved yet
        assertThat(orders.find(id).orElseThrow().state()).isEqualTo("in_progress");
        act(id, "action", "resolve", "result", "更换光猫");
        act(id, "action", "close", "outcome", "satisfied", "satisfaction", "5", "reason", "客户满意");
        WorkOrderView closed = orders.find(id).orElseThrow();
        assertThat(closed.state()).isEqualTo("closed");
        assertThat(closed.satisfaction()).isEqualTo(5);
        assertThat(closed.assignee()).isEqualTo(TestLogins.HANDLER);

        String detail = page(TestLogins.HANDLER, "/work-orders/" + id);
        assertThat(detail).contains("136****0001").doesNotContain("13694150001").contains("已关闭").contains("满意")
                .contains("等客户在家").doesNotContain("in_progress").doesNotContain("front_desk");
        assertThat(page(TestLogins.HANDLER, "/work-orders?mine=true")).contains("/work-orders/" + id).doesNotContain("13694150001");
        assertThat(page(TestLogins.SUPERVISOR, "/work-orders/board")).contains("时限看板");
        assertThat(page(TestLogins.ANALYST, "/work-orders/board")).contains("时限看板");
        assertThat(page(TestLogins.HANDLER, "/work-orders/new?lang=en")).contains("New work order");
    }

    @Test
    void aManagerMayOpenButNotWorkOrders() throws Exception {
        new ComplaintFixture(jdbc).subscriber("13694150002", "hangzhou", "xihu", "gold")
                .managedBy("13694150002", TestLogins.PHONE.toUpperCase(), "phone_manager");
        assertThat(page(TestLogins.PHONE, "/work-orders/new")).contains("新建工单");
        mvc.perform(post("/work-orders").with(logins.as(TestLogins.PHONE)).with(csrf()).param("msisdn", "13694150002")
                .param("channel", "phone_manager").param("category", "资费").param("description", "咨询套餐"))
                .andExpect(status().is3xxRedirection());
        assertThat(orders.ofCustomer("13694150002")).singleElement().extracting(WorkOrderView::channel).isEqualTo("phone_manager");
        // another manager's customer: refused as an unknown number would be, nothing opened
        mvc.perform(post("/work-orders").with(logins.as(TestLogins.OTHER_PHONE)).with(csrf()).param("msisdn", "13694150002")
                .param("channel", "phone_manager").param("category", "资费").param("description", "咨询套餐"))
                .andExpect(status().isForbidden());
        assertThat(orders.ofCustomer("13694150002")).hasSize(1);
    }

    @Test
    void theWrongRolesAreRefused() throws Exception {
        long id = orders.open(new NewWorkOrder(null, "13694150003", "hotline", "网络", "无信号", null, null, "t-handler")).id();
        for (String user : List.of(TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER)) {
            mvc.perform(get("/work-orders").with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/work-orders/" + id).with(logins.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/work-orders/" + id + "/action").with(logins.as(user)).with(csrf()).param("action", "assign_me"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/work-orders/board").with(logins.as(TestLogins.PHONE))).andExpect(status().isForbidden());
        mvc.perform(get("/work-orders/new").with(logins.as(TestLogins.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(post("/work-orders").with(logins.as(TestLogins.ANALYST)).with(csrf()).param("msisdn", "13694150004")
                .param("channel", "hall").param("category", "c").param("description", "d")).andExpect(status().isForbidden());
        assertThat(orders.ofCustomer("13694150004")).isEmpty();
    }
}
