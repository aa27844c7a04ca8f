package dev.retain.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.complaint.internal.handle.ComplaintHandling;
import dev.retain.app.workorder.WorkOrders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The customer is told through the outbox when a complaint is taken in and when it is settled; old imported records are not announced. MSISDNs 1369717xxxx. */
@RetainWebTest
class ComplaintNoticesTests {

    @Autowired Complaints complaints;
    @Autowired ComplaintHandling handling;
    @Autowired WorkOrders workOrders;
    @Autowired JdbcClient jdbc;

    private List<String> notices(String msisdn, int atLeast) throws InterruptedException {
        long until = System.currentTimeMillis() + 15_000;
        List<String> keys = keys(msisdn);
        while (keys.size() < atLeast && System.currentTimeMillis() < until) {
            Thread.sleep(50);
            keys = keys(msisdn);
        }
        return keys;
    }

    /** Until every listener of the complaint's events has finished (the notices' included). */
    private void awaitListenersDone(long complaintId) throws InterruptedException {
        String event = "%\"complaintId\":" + complaintId + ",%";
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until && jdbc.sql("""
                        select count(*) from event_publication where event_type like '%ComplaintStateChanged'
                        and serialized_event like ? and completion_date is null""").param(event).query(Long.class).single() > 0) {
            Thread.sleep(50);
        }
        assertThat(jdbc.sql("select count(*) from event_publication where event_type like '%ComplaintStateChanged' and serialized_event like ?")
                .param(event).query(Long.class).single()).as("the intake's publications").isPositive();
    }

    private List<String> keys(String msisdn) {
        return jdbc.sql("select idempotency_key from outbox_message where msisdn = ? and template_code = 'complaint_update' order by id")
                .param(msisdn).query(String.class).list();
    }

    @Test
    void aNewComplaintIsAcknowledgedAndItsClosureAnnounced() throws Exception {
        String msisdn = "13697170001";
        new ComplaintFixture(jdbc).subscriber(msisdn, "hangzhou", "xihu", "gold");
        ComplaintView c = complaints.receive(new NewComplaint(null, msisdn, "hotline", "billing", "月租多扣", null, "t-handler"));
        assertThat(notices(msisdn, 1)).containsExactly("complaint:" + c.id() + ":intake");

        handling.confirmFilter(c.id(), null, null, "t-handler");
        long order = handling.openWorkOrder(c.id(), "t-handler").workOrderId();
        workOrders.assign(order, "t-handler", "t-handler");
        workOrders.start(order, "t-handler");
        workOrders.resolve(order, "已退还多扣费用", "t-handler");
        workOrders.close(order, "satisfied", 5, "客户满意", "t-handler");
        assertThat(notices(msisdn, 2)).containsExactly("complaint:" + c.id() + ":intake", "complaint:" + c.id() + ":closed");
        assertThat(jdbc.sql("select variables::text from outbox_message where idempotency_key = ?").param("complaint:" + c.id() + ":closed")
                .query(String.class).single()).contains("已办结");
    }

    @Test
    void aComplaintTakenInLongAfterItWasMadeIsNotAnnounced() throws Exception {
        String msisdn = "13697170002";
        new ComplaintFixture(jdbc).subscriber(msisdn, "hangzhou", "xihu", "none");
        ComplaintView old = complaints.receive(new NewComplaint("old-7001", msisdn, "import", "network_quality", "上月信号差",
                Instant.now().minus(Duration.ofDays(20)), "t-handler"));
        awaitListenersDone(old.id());
        assertThat(keys(msisdn)).isEmpty();
    }
}
