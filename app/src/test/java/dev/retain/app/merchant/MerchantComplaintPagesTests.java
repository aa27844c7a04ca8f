package dev.retain.app.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.security.MerchantStaffLogins;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import dev.retain.app.workorder.WorkOrderView;
import dev.retain.app.workorder.WorkOrders;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Complaints about merchants (SPEC R11.3) end to end on the real database: the operator's form opens a work order in
 * the alliance queue with a deadline; the merchant's admin sees it in the portal (number masked) and enters its result,
 * which lands in the order's history; the operator resolves and closes the order with the callback on the work-order
 * page; the merchant sees it closed and can no longer change its result. Every wrong role is refused, and another
 * merchant's staff find nothing. MSISDNs 137917000xx-137917049xx and merchant codes "ASC…" belong to this class.
 */
@RetainWebTest
class MerchantComplaintPagesTests {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final RetainUser HANDLER = new RetainUser(TestLogins.HANDLER, "测试投诉处理员", Role.COMPLAINT_HANDLER, null);

    @Autowired MockMvc mvc;
    @Autowired TestLogins logins;
    @Autowired Merchants merchants;
    @Autowired MerchantStaffLogins staff;
    @Autowired MerchantComplaints complaints;
    @Autowired WorkOrders workOrders;
    @Autowired JdbcClient jdbc;

    private MerchantFixture.Made shop;
    private MerchantFixture.Made otherShop;
    private String msisdn;

    @BeforeEach
    void shops() {
        int n = NEXT.incrementAndGet();
        shop = MerchantFixture.merchant(merchants, staff, "ASC" + n + "-" + (System.nanoTime() % 100000));
        otherShop = MerchantFixture.merchant(merchants, staff, "ASD" + n + "-" + (System.nanoTime() % 100000));
        msisdn = "137917" + String.format("%05d", n);
        MerchantFixture.customer(jdbc, msisdn, 0, "gold");
    }

    private String page(String user, String url) throws Exception {
        String html = mvc.perform(get(url).with(logins.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).as("a message key without a text").doesNotContain("??");
        return html;
    }

    private MockHttpServletRequestBuilder recordAs(String user, long merchantId, String number, String description) {
        return post("/merchant-complaints").with(logins.as(user)).with(csrf()).param("merchantId", String.valueOf(merchantId))
                .param("msisdn", number).param("description", description).param("priority", "regular");
    }

    private void act(long workOrderId, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post("/work-orders/" + workOrderId + "/action").with(logins.as(TestLogins.HANDLER)).with(csrf());
        for (int i = 0; i < params.length; i += 2) request = request.param(params[i], params[i + 1]);
        mvc.perform(request).andExpect(status().is3xxRedirection()).andExpect(flash().attributeCount(1))
                .andExpect(flash().attributeExists("done"));
    }

    private String masked() {
        return msisdn.substring(0, 3) + "****" + msisdn.substring(7);
    }

    @Test
    void aComplaintGoesFromTheOperatorToTheMerchantAndBackAndTheMerchantSeesItClosed() throws Exception {
        mvc.perform(recordAs(TestLogins.HANDLER, shop.id(), msisdn, "店员态度恶劣，拒绝核销积分，客户回电 " + msisdn))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("recorded"));
        MerchantComplaintView complaint = complaints.list(shop.id(), 10).get(0);
        assertThat(complaints.list(shop.id(), 10)).hasSize(1);
        assertThat(complaint.msisdn()).isEqualTo(masked());
        assertThat(complaint.description()).doesNotContain(msisdn).contains(masked());

        // the work order: channel and category merchant, the alliance queue, three business days to the deadline
        WorkOrderView order = workOrders.find(complaint.workOrderId()).orElseThrow();
        assertThat(order.channel()).isEqualTo("merchant");
        assertThat(order.category()).isEqualTo("merchant");
        assertThat(order.queue()).isEqualTo("merchant_alliance");
        assertThat(order.msisdn()).isEqualTo(msisdn);
        assertThat(order.state()).isEqualTo("new");
        assertThat(order.dueAt()).isAfter(order.createdAt());
        assertThat(jdbc.sql("select limit_minutes from work_order where id = ?").param(order.id()).query(Integer.class).single()).isEqualTo(1260);
        assertThat(complaint.dueAt()).isEqualTo(order.dueAt());

        // the merchant's portal: its complaint, masked, with the deadline and the state
        String list = page(shop.clerk(), "/portal/complaints");
        assertThat(list).contains(masked()).doesNotContain(msisdn).contains("拒绝核销积分").contains("新建")
                .contains("/portal/complaints/" + complaint.id());
        assertThat(page(shop.clerk(), "/portal/complaints/" + complaint.id())).doesNotContain("result-form");
        assertThat(page(shop.admin(), "/portal/complaints/" + complaint.id())).contains("result-form").doesNotContain(msisdn);
        assertThat(page(otherShop.clerk(), "/portal/complaints")).doesNotContain(masked()).contains("暂无投诉");

        mvc.perform(post("/portal/complaints/" + complaint.id() + "/result").with(logins.as(shop.admin())).with(csrf())
                        .param("result", "已向客户道歉并补办核销，涉事店员已培训"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("done"));
        MerchantComplaintView answered = complaints.get(shop.id(), complaint.id());
        assertThat(answered.result()).isEqualTo("已向客户道歉并补办核销，涉事店员已培训");
        assertThat(answered.resultBy()).isEqualTo(shop.admin());
        assertThat(jdbc.sql("select by_user || ':' || note from work_order_history where work_order_id = ? and action = 'noted'")
                .param(order.id()).query(String.class).list())
                .containsExactly(shop.admin() + ":[" + shop.code() + "] 已向客户道歉并补办核销，涉事店员已培训");
        assertThat(page(TestLogins.HANDLER, "/work-orders/" + order.id())).contains("备注").contains("已向客户道歉并补办核销")
                .contains("商家联盟");

        // the operator works and closes the order the usual way
        act(order.id(), "action", "assign_me");
        act(order.id(), "action", "start");
        act(order.id(), "action", "resolve", "result", "商家已补办核销并道歉");
        mvc.perform(post("/portal/complaints/" + complaint.id() + "/result").with(logins.as(shop.admin())).with(csrf())
                        .param("result", "改口"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("refused"));
        act(order.id(), "action", "close", "outcome", "satisfied", "satisfaction", "4", "reason", "客户认可");
        assertThat(workOrders.find(order.id()).orElseThrow().state()).isEqualTo("closed");

        MerchantComplaintView closed = complaints.get(shop.id(), complaint.id());
        assertThat(closed.state()).isEqualTo("closed");
        assertThat(closed.closed()).isTrue();
        assertThat(closed.satisfaction()).isEqualTo(4);
        assertThat(closed.result()).isEqualTo("已向客户道歉并补办核销，涉事店员已培训");
        assertThat(page(shop.clerk(), "/portal/complaints")).contains("已关闭");
        assertThat(page(shop.admin(), "/portal/complaints/" + complaint.id())).contains("已关闭").doesNotContain("result-form");
        assertThat(page(TestLogins.SUPERVISOR, "/merchant-complaints?merchant=" + shop.id())).contains(shop.code()).contains(masked())
                .doesNotContain(msisdn).contains("已向客户道歉").contains("已关闭").contains("/work-orders/" + order.id());
        assertThat(page(TestLogins.HANDLER, "/merchant-complaints?lang=en")).contains("Complaints about merchants");
    }

    @Test
    void anotherMerchantsStaffFindNothingOfThisMerchantsComplaints() throws Exception {
        long id = complaints.record(shop.id(), msisdn, "停车场收费与宣传不符", null, HANDLER).id();
        for (String stranger : List.of(otherShop.clerk(), otherShop.admin())) {
            mvc.perform(get("/portal/complaints/" + id).with(logins.as(stranger))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/portal/complaints/" + id + "/result").with(logins.as(otherShop.admin())).with(csrf()).param("result", "不是我们"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal/complaints/999999999").with(logins.as(shop.admin()))).andExpect(status().isNotFound());
        assertThat(complaints.get(shop.id(), id).result()).isNull();
        assertThat(jdbc.sql("select count(*) from work_order_history h join merchant_complaint c on c.work_order_id = h.work_order_id "
                + "where c.id = ? and h.action = 'noted'").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void theWrongRolesAreRefused() throws Exception {
        long id = complaints.record(shop.id(), msisdn, "服务差", null, HANDLER).id();
        for (String operator : List.of(TestLogins.ANALYST, TestLogins.PHONE, TestLogins.CUSTOMER_MANAGER, shop.admin(), shop.clerk())) {
            mvc.perform(get("/merchant-complaints").with(logins.as(operator))).andExpect(status().isForbidden());
            mvc.perform(recordAs(operator, shop.id(), msisdn, "试图登记")).andExpect(status().isForbidden());
        }
        for (String operator : List.of(TestLogins.ADMIN, TestLogins.SUPERVISOR, TestLogins.HANDLER, TestLogins.ANALYST, TestLogins.PHONE)) {
            mvc.perform(get("/portal/complaints").with(logins.as(operator))).andExpect(status().isForbidden());
            mvc.perform(get("/portal/complaints/" + id).with(logins.as(operator))).andExpect(status().isForbidden());
            mvc.perform(post("/portal/complaints/" + id + "/result").with(logins.as(operator)).with(csrf()).param("result", "x"))
                    .andExpect(status().isForbidden());
        }
        // the clerk reads; only the merchant's admin enters the result
        mvc.perform(post("/portal/complaints/" + id + "/result").with(logins.as(shop.clerk())).with(csrf()).param("result", "x"))
                .andExpect(status().isForbidden());
        assertThat(complaints.list(shop.id(), 10)).hasSize(1).allSatisfy(c -> assertThat(c.result()).isNull());
    }

    @Test
    void aBadNumberOrEmptyComplaintIsRefusedAndOpensNothing() throws Exception {
        String answer = mvc.perform(recordAs(TestLogins.HANDLER, shop.id(), "call me", "服务差")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("请输入客户的手机号码");
        mvc.perform(recordAs(TestLogins.HANDLER, shop.id(), msisdn, "  ")).andExpect(status().isOk());
        mvc.perform(recordAs(TestLogins.HANDLER, 999_999_999L, msisdn, "服务差")).andExpect(status().isNotFound());
        assertThat(complaints.list(shop.id(), 10)).isEmpty();
        assertThat(workOrders.ofCustomer(msisdn)).isEmpty();
    }
}
