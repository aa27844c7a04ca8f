package dev.retain.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.app.RetainWebTest;
import dev.retain.app.complaint.internal.handle.ComplaintHandling;
import dev.retain.app.workorder.WorkOrderView;
import dev.retain.app.workorder.WorkOrders;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Filter → work order → callback → closed: the complaint follows its work order. MSISDNs 1369716xxxx. */
@RetainWebTest
class ComplaintHandlingTests {

    @Autowired Complaints complaints;
    @Autowired ComplaintHandling handling;
    @Autowired WorkOrders workOrders;
    @Autowired JdbcClient jdbc;

    private ComplaintView waitFor(long id, String state) throws InterruptedException {
        long until = System.currentTimeMillis() + 15_000;
        ComplaintView c = complaints.find(id).orElseThrow();
        while (!c.state().equals(state) && System.currentTimeMillis() < until) {
            Thread.sleep(50);
            c = complaints.find(id).orElseThrow();
        }
        return c;
    }

    @Test
    void aComplaintGoesFromIntakeToClosedWithItsWorkOrder() throws Exception {
        String msisdn = "13697160001";
        new ComplaintFixture(jdbc).subscriber(msisdn, "hangzhou", "xihu", "silver");
        ComplaintView c = complaints.receive(new NewComplaint(null, msisdn, "hall", "network_quality", "通话断线",
                Instant.now().minusSeconds(3600), "t-handler"));
        String proposed = jdbc.sql("select proposed_priority from complaint where id = ?").param(c.id()).query(String.class).single();
        String other = proposed.equals("must_solve") ? "regular" : "must_solve";

        assertThatThrownBy(() -> handling.openWorkOrder(c.id(), "t-handler")).hasMessageContaining("must be filtered");
        assertThatThrownBy(() -> handling.confirmFilter(c.id(), other, " ", "t-handler")).hasMessageStartingWith("overrideReason:");
        ComplaintView filtered = handling.confirmFilter(c.id(), other, "客户是区人大代表", "t-handler");
        assertThat(filtered.state()).isEqualTo("filtered");
        assertThat(filtered.priority()).isEqualTo(other);
        assertThat(jdbc.sql("select priority_override from complaint where id = ?").param(c.id()).query(String.class).single())
                .isEqualTo("客户是区人大代表");

        ComplaintView handled = handling.openWorkOrder(c.id(), "t-handler");
        assertThat(handled.state()).isEqualTo("handling");
        WorkOrderView order = workOrders.find(handled.workOrderId()).orElseThrow();
        assertThat(order.priority()).isEqualTo(other);
        assertThat(order.msisdn()).isEqualTo(msisdn);
        assertThat(order.externalId()).as("the API's namespace of external ids is left to the calling systems").isNull();
        assertThatThrownBy(() -> handling.openWorkOrder(c.id(), "t-handler")).as("a retry opens no second order")
                .hasMessageContaining("must be filtered");
        handling.recordScenario(c.id(), "planned_in_construction", "agitated", "t-handler");

        workOrders.assign(order.id(), "t-handler", "t-handler");
        workOrders.start(order.id(), "t-handler");
        workOrders.resolve(order.id(), "基站扩容后信号恢复", "t-handler");
        assertThat(waitFor(c.id(), "callback").state()).isEqualTo("callback");

        workOrders.close(order.id(), "satisfied", 4, "客户认可", "t-handler");
        ComplaintView closed = waitFor(c.id(), "closed");
        assertThat(closed.state()).isEqualTo("closed");
        assertThat(closed.satisfaction()).isEqualTo(4);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.scenario()).isEqualTo("planned_in_construction");
        assertThat(closed.customerType()).isEqualTo("agitated");
        assertThat(jdbc.sql("select to_state from complaint_history where complaint_id = ? and from_state is distinct from to_state order by id")
                .param(c.id()).query(String.class).list()).containsExactly("intake", "filtered", "handling", "callback", "closed");
        assertThatThrownBy(() -> jdbc.sql("delete from complaint_history where complaint_id = ?").param(c.id()).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void confirmingTwiceOrAnUnknownScenarioIsRefused() {
        String msisdn = "13697160002";
        new ComplaintFixture(jdbc).subscriber(msisdn, "hangzhou", "xihu", "none");
        ComplaintView c = complaints.receive(new NewComplaint(null, msisdn, "hall", "billing", "多收费", null, "t-handler"));
        handling.confirmFilter(c.id(), null, null, "t-handler");
        assertThatThrownBy(() -> handling.confirmFilter(c.id(), null, null, "t-handler")).hasMessageContaining("already confirmed");
        assertThatThrownBy(() -> handling.recordScenario(c.id(), "whatever", null, "t-handler")).hasMessageStartingWith("scenario:");
    }
}
