package dev.retain.app.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.complaint.ComplaintView;
import dev.retain.app.complaint.Complaints;
import dev.retain.app.complaint.NewComplaint;
import dev.retain.app.workorder.NewWorkOrder;
import dev.retain.app.workorder.WorkOrderView;
import dev.retain.app.workorder.WorkOrders;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 360 view's complaints and work orders (SPEC R8.1): listed with their states and links, and their
 * contacts — intake, work-order notes — in the unified contact history, numbers in free text masked.
 * The complaint handler opens the view read-only. MSISDNs 1390077xxxx.
 */
@RetainWebTest
class CustomerComplaintsViewTests {

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired JdbcClient jdbc;
    @Autowired Complaints complaints;
    @Autowired WorkOrders workOrders;

    @Test
    void theViewListsComplaintsAndWorkOrdersAndTheirContactsJoinTheHistory() throws Exception {
        WorkbenchFixture f = new WorkbenchFixture(jdbc);
        f.insert(WorkbenchFixture.yellow("13900770001", "PM-T1"));
        String key = f.keyOf("13900770001");
        ComplaintView complaint = complaints.receive(new NewComplaint("c2-360-1", "13900770001", "hotline", "weak_signal",
                "家里没有信号，回电 13812345678", null, "t-handler"));
        WorkOrderView order = workOrders.open(new NewWorkOrder("c2-360-wo-1", "13900770001", "hall", "billing", "话费有疑问", null,
                null, "t-handler"));
        workOrders.assign(order.id(), "t-handler", "t-handler");
        workOrders.transfer(order.id(), "network", "交网络优化处理", "t-handler");

        String handler = mvc.perform(get("/customers/" + key).with(logins.as(TestLogins.HANDLER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(handler).contains("投诉与工单").contains("href=\"/complaints/" + complaint.id() + "\"")
                .contains("href=\"/work-orders/" + order.id() + "\"")
                .contains("受理投诉").contains("138****5678").doesNotContain("13812345678").contains("交网络优化处理")
                .as("the handler does not log managers' contacts").doesNotContain("id=\"contact-form\"");

        String manager = mvc.perform(get("/customers/" + key).with(logins.as(TestLogins.PHONE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(manager).contains("投诉与工单").contains("受理投诉").doesNotContain("href=\"/complaints/" + complaint.id() + "\"");
    }
}
