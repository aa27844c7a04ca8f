package dev.retain.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's complaints: every complaint state and work-order state, a repeat, a network alarm's area
 * case with its complaints, sampled callbacks and audit lists — all through the real services; a second
 * seeding adds nothing.
 */
@RetainWebTest
class ComplaintDemoTests {

    @Autowired ComplaintDemo demo;
    @Autowired Complaints complaints;
    @Autowired JdbcClient jdbc;

    @Test
    void seedsEveryStateOnceThroughTheRealServices() throws Exception {
        for (int i = 1; i <= 20; i++) {
            String tier = i <= 6 ? (i % 2 == 0 ? "gold" : "diamond") : "none";
            ComplaintMonitorFixture.subscriber(jdbc, String.format("100000000%02d", i), tier, "c2demo", "c2demo-branch");
        }
        ComplaintDemo.Seeded first = demo.seed();
        assertThat(first.complaints()).isEqualTo(30);

        awaitStates(List.of("intake", "filtered", "handling", "callback", "closed"));
        assertThat(jdbc.sql("""
                select distinct w.state from work_order w join complaint c on c.work_order_id = w.id where c.external_id like 'demo-c2-%'""")
                .query(String.class).list()).contains("assigned", "in_progress", "waiting_customer", "resolved", "closed");
        assertThat(jdbc.sql("select distinct w.callback_outcome from work_order w join complaint c on c.work_order_id = w.id "
                + "where c.external_id like 'demo-c2-%' and w.state = 'closed'").query(String.class).list())
                .contains("satisfied", "unsatisfied", "unreachable");
        assertThat(jdbc.sql("select count(*) from work_order w join complaint c on c.work_order_id = w.id "
                + "where c.external_id = 'demo-c2-09' and w.queue = 'network'").query(Long.class).single()).as("transferred").isEqualTo(1);
        assertThat(jdbc.sql("select repeat_count from complaint where external_id = 'demo-c2-13'").query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from complaint where external_id like 'demo-c2-area-%' and area_case_id is not null")
                .query(Long.class).single()).as("the area's complaints join the alarm's case").isPositive();
        assertThat(jdbc.sql("select count(*) from complaint_audit_list").query(Long.class).single()).isGreaterThanOrEqualTo(2);

        long complaints = count("complaint"), orders = count("work_order"), history = count("work_order_history");
        // a later import brings customers that sort first: the demo's picks move, what is on file stays as it is
        ComplaintMonitorFixture.subscriber(jdbc, "09999999901", "diamond", "c2demo", "c2demo-branch");
        ComplaintMonitorFixture.subscriber(jdbc, "09999999902", "none", "c2demo", "c2demo-branch");
        ComplaintDemo.Seeded again = demo.seed();
        assertThat(again.created()).isZero();
        assertThat(count("complaint")).isEqualTo(complaints);
        assertThat(count("work_order")).isEqualTo(orders);
        assertThat(count("work_order_history")).as("no step taken twice").isEqualTo(history);
    }

    @Test
    void plansAVisitDayForTheOpenComplaintsOnce() {
        for (int i = 1; i <= 8; i++) {
            String msisdn = String.format("100000001%02d", i);
            ComplaintMonitorFixture.subscriber(jdbc, msisdn, i % 2 == 0 ? "gold" : "diamond", "c2visit", "c2visit-branch");
            // the contract's optional location (synth places customers inside their district)
            jdbc.sql("update subscriber set lat = ?, lon = ? where msisdn = ?").params(30.25 + i * 0.004, 120.15 + i * 0.003, msisdn).update();
            complaints.receive(new NewComplaint("c2visit-" + i, msisdn, "hotline", "network_quality", "室内信号差", null, "t-handler"));
        }
        LocalDate day = LocalDate.now().plusDays(45);
        ComplaintDemo.VisitDay planned = demo.planVisitDay(day).orElseThrow();
        assertThat(planned.booked()).isPositive();
        assertThat(planned.planned()).isPositive().isLessThanOrEqualTo(planned.booked());
        assertThat(jdbc.sql("select count(*) from complaint_visit_booking where day = ?").param(day).query(Long.class).single())
                .isEqualTo(planned.booked());
        assertThat(demo.planVisitDay(day)).as("a planned day is left as it is").isEmpty();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** The complaint follows its work order after the commit (the complaint module's listener). */
    private void awaitStates(List<String> states) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> seen = List.of();
        while (System.nanoTime() < until) {
            seen = jdbc.sql("select distinct state from complaint where external_id like 'demo-c2-%'").query(String.class).list();
            if (seen.containsAll(states)) return;
            Thread.sleep(200);
        }
        assertThat(seen).containsAll(states);
    }
}
