package dev.retain.app.workorder;

import static dev.retain.app.workorder.WorkOrderFixture.order;
import static dev.retain.app.workorder.WorkOrderFixture.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.workorder.internal.Deadlines;
import dev.retain.app.workorder.internal.Escalations;
import dev.retain.app.workorder.internal.RoutingRules;
import dev.retain.app.workorder.internal.SubscriberReadModel;
import dev.retain.app.workorder.internal.TimeLimits;
import dev.retain.app.workorder.internal.WorkOrderStore;
import java.sql.Timestamp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Escalation notices at a set clock: the queue's supervisor at the warning (two business hours ahead),
 * supervisor and admins at the deadline, each once, in-app through the outbox, and a deadline passed at
 * night told at the next working start. The orders are in 2036 (a year the holiday table does not list:
 * weekends only) so that the application's own job, on the real clock, never reaches them first.
 */
@RetainWebTest
class EscalationsTests {

    @Autowired WorkOrderStore store;
    @Autowired RoutingRules routing;
    @Autowired TimeLimits limits;
    @Autowired Deadlines deadlines;
    @Autowired SubscriberReadModel subscribers;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Escalations escalations;

    private record Notice(String username, String reason, Timestamp notBefore) {
    }

    private List<Notice> notices(long id) {
        return jdbc.sql("select username, reason, next_attempt_at from outbox_message where idempotency_key like ? order by reason, username")
                .param("work-order:" + id + ":%").query((rs, i) -> new Notice(rs.getString(1), rs.getString(2), rs.getTimestamp(3))).list();
    }

    private boolean told(long id) {
        return notices(id).stream().anyMatch(n -> n.reason().equals("work_order_overdue"));
    }

    @Test
    void theSupervisorIsWarnedAheadAndTheAdminsToldAtTheDeadlineEachOnceAndNeverAtNight() {
        routing.saveQueue("wo_esc", "升级测试", "Escalation test", "service", TestLogins.SUPERVISOR);
        routing.addRule("wo-esc", null, null, "wo_esc");
        WorkOrderFixture f = new WorkOrderFixture(store, routing, limits, deadlines, subscribers, events, transactions, jdbc);
        // must_solve, 480 business minutes, warned 120 ahead: Friday 28 November 2036 16:30 → due Monday 17:00, warned Monday 15:00
        WorkOrderView wo = f.at("2036-11-28T16:30").inTx(() -> f.orders.open(order(null, "13694120101", "wo-esc", "must_solve")));
        assertThat(wo.queue()).isEqualTo("wo_esc");
        assertThat(wo.dueAt()).isEqualTo(shanghai("2036-12-01T17:00"));

        escalations.scan(shanghai("2036-12-01T14:59"));
        assertThat(notices(wo.id())).isEmpty();

        escalations.scan(shanghai("2036-12-01T15:10"));
        escalations.scan(shanghai("2036-12-01T15:20"));
        assertThat(notices(wo.id())).containsExactly(
                new Notice(TestLogins.SUPERVISOR, "work_order_due_soon", Timestamp.from(shanghai("2036-12-01T15:10"))));

        // the deadline passes; the scan at 23:00 queues the notices for Tuesday 08:30
        escalations.scan(shanghai("2036-12-01T23:00"));
        escalations.scan(shanghai("2036-12-01T23:30"));
        List<Notice> all = notices(wo.id());
        assertThat(all).filteredOn(n -> n.reason().equals("work_order_overdue")).extracting(Notice::username)
                .contains(TestLogins.SUPERVISOR, TestLogins.ADMIN).doesNotHaveDuplicates();
        assertThat(all).filteredOn(n -> n.reason().equals("work_order_overdue")).extracting(Notice::notBefore)
                .containsOnly(Timestamp.from(shanghai("2036-12-02T08:30")));
        assertThat(jdbc.sql("select body from outbox_message where idempotency_key like ? and reason = 'work_order_overdue' limit 1")
                .param("work-order:" + wo.id() + ":%").query(String.class).single()).contains("#" + wo.id()).contains("2036-12-01 17:00");

        // resolved orders are not escalated any more
        f.at("2036-12-02T09:00").inTx(() -> {
            f.orders.assign(wo.id(), TestLogins.HANDLER, TestLogins.HANDLER);
            f.orders.resolve(wo.id(), "已处理", TestLogins.HANDLER);
        });
        int before = all.size();
        escalations.scan(shanghai("2036-12-03T10:00"));
        assertThat(notices(wo.id())).hasSize(before);
    }

    @Test
    void aWaitingOrderIsNotEscalatedAndItsNewDeadlineIsWarnedAgain() {
        WorkOrderFixture f = new WorkOrderFixture(store, routing, limits, deadlines, subscribers, events, transactions, jdbc);
        WorkOrderView wo = f.at("2036-12-05T09:00").inTx(() -> f.orders.open(order(null, "13694120102", "wo-esc-2", "must_solve")));
        f.at("2036-12-05T10:00").inTx(() -> {
            f.orders.assign(wo.id(), TestLogins.HANDLER, TestLogins.HANDLER);
            f.orders.waitOnCustomer(wo.id(), "等客户回电", TestLogins.HANDLER);
        });
        escalations.scan(shanghai("2036-12-09T10:00"));
        assertThat(notices(wo.id())).isEmpty();
        // resumed Tuesday 9 December 08:30 after 1 h used: 7 h left, due Tuesday 17:00, warned 15:00
        f.at("2036-12-09T08:30").inTx(() -> f.orders.resume(wo.id(), TestLogins.HANDLER));
        assertThat(f.orders.find(wo.id()).orElseThrow().dueAt()).isEqualTo(shanghai("2036-12-09T17:00"));
        escalations.scan(shanghai("2036-12-09T15:30"));
        assertThat(notices(wo.id())).extracting(Notice::reason).containsOnly("work_order_due_soon").isNotEmpty();
    }

    @Test
    void aBacklogLargerThanABatchIsWorkedOffScanByScan() {
        WorkOrderFixture f = new WorkOrderFixture(store, routing, limits, deadlines, subscribers, events, transactions, jdbc);
        List<WorkOrderView> backlog = f.at("2037-03-02T09:00").inTx(() -> List.of(
                f.orders.open(order(null, "13694120103", "wo-esc-3", "must_solve")),
                f.orders.open(order(null, "13694120104", "wo-esc-3", "must_solve")),
                f.orders.open(order(null, "13694120105", "wo-esc-3", "must_solve"))));
        // two orders a scan (the database holds other tests' running orders too): every scan reaches orders not told
        // yet, so ours are told after a bounded number of scans; a scan that re-read told orders would stall
        for (int scans = 0; scans < 1000 && !backlog.stream().allMatch(wo -> told(wo.id())); scans++) {
            escalations.scan(shanghai("2037-03-03T10:00"), 2);
        }
        for (WorkOrderView wo : backlog) {
            assertThat(notices(wo.id())).as("order " + wo.id()).extracting(Notice::reason).contains("work_order_overdue");
        }
    }
}
