package dev.retain.app.workorder;

import static dev.retain.app.workorder.WorkOrderFixture.order;
import static dev.retain.app.workorder.WorkOrderFixture.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.calendar.internal.HolidayAdministration;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import dev.retain.app.workorder.internal.Deadlines;
import dev.retain.app.workorder.internal.RoutingRules;
import dev.retain.app.workorder.internal.SubscriberReadModel;
import dev.retain.app.workorder.internal.TimeLimits;
import dev.retain.app.workorder.internal.WorkOrderStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Work orders on PostgreSQL: routing by the admin's rules, idempotent opening (also in parallel), the
 * life of an order with its append-only history, refusals that change nothing, and time limits in
 * business hours at a set clock across a weekend, the National Day week and a make-up Saturday, with
 * pauses that survive a change of priority. MSISDNs 1369412xxxx belong to this class.
 */
@RetainWebTest
class WorkOrdersTests {

    @Autowired WorkOrders service;
    @Autowired WorkOrderStore store;
    @Autowired RoutingRules routing;
    @Autowired TimeLimits limits;
    @Autowired Deadlines deadlines;
    @Autowired SubscriberReadModel subscribers;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;
    @Autowired HolidayAdministration holidays;

    private WorkOrderFixture f;

    @BeforeEach
    void fixture() {
        f = new WorkOrderFixture(store, routing, limits, deadlines, subscribers, events, transactions, jdbc);
    }

    @Test
    void ordersAreRoutedByTheFirstMatchingRuleElseToTheDefaultQueue() {
        f.subscriber("13694120001", "hangzhou", "diamond");
        f.subscriber("13694120002", "hangzhou", "gold");
        assertThat(service.open(order(null, "13694120001", "network", null)).queue()).as("diamond comes first").isEqualTo("vip_care");
        assertThat(service.open(order(null, "13694120002", "network", null)).queue()).isEqualTo("network");
        WorkOrderView other = service.open(order(null, "+8613694120002", "wo-test-other", null));
        assertThat(other.queue()).isEqualTo("front_desk");
        assertThat(other.msisdn()).as("kept in its national form").isEqualTo("13694120002");
        assertThat(other.priority()).isEqualTo("regular");
        assertThat(other.state()).isEqualTo("new");
        assertThat(other.dueAt()).isAfter(other.createdAt());
        assertThat(service.ofCustomer("13694120002")).extracting(WorkOrderView::id).first().isEqualTo(other.id());
    }

    @Test
    void aRepeatedExternalIdReturnsTheFirstOrderAlsoInParallel() throws Exception {
        WorkOrderView first = service.open(order("boss-wo-1", "13694120003", "wo-test", null));
        WorkOrderView again = service.open(new NewWorkOrder("boss-wo-1", "+8613694120003", "hall", "other", "另一个", null, "defer", "x"));
        assertThat(again).isEqualTo(first);
        assertThatThrownBy(() -> service.open(new NewWorkOrder("boss-wo-1", "13694120099", "hall", "other", "另一个", null, "defer", "x")))
                .as("another customer's number under a known id: refused, the first order is not shown")
                .isInstanceOf(InvalidWorkOrderField.class).hasMessageContaining("externalId");

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<WorkOrderView>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) calls.add(pool.submit(() -> service.open(order("boss-wo-par", "13694120004", "wo-test", null))));
        List<Long> ids = new ArrayList<>();
        for (Future<WorkOrderView> c : calls) ids.add(c.get(60, TimeUnit.SECONDS).id());
        pool.shutdown();
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(jdbc.sql("select count(*) from work_order where external_id = 'boss-wo-par'").query(Long.class).single()).isEqualTo(1);
        assertThat(store.historyOf(ids.get(0))).hasSize(1);
    }

    @Test
    void anOrderGoesFromIntakeToClosureWithEveryStepInTheHistory() {
        long id = service.open(order(null, "13694120005", "wo-test", "must_solve")).id();
        assertThatThrownBy(() -> service.close(id, "satisfied", 5, null, "t-handler")).isInstanceOf(WorkOrderRefused.class)
                .hasMessageContaining("state new");
        service.assign(id, "t-handler", "t-supervisor");
        service.start(id, "t-handler");
        service.waitOnCustomer(id, "等客户提供故障时间", "t-handler");
        assertThat(service.find(id).orElseThrow().dueAt()).as("the clock stands still").isNull();
        service.resume(id, "t-handler");
        assertThat(service.find(id).orElseThrow().dueAt()).isNotNull();
        assertThatThrownBy(() -> service.resolve(id, " ", "t-handler")).isInstanceOf(InvalidWorkOrderField.class)
                .hasMessageStartingWith("result");
        service.resolve(id, "更换基站天线后信号恢复", "t-handler");
        assertThatThrownBy(() -> service.close(id, "happy", 5, null, "t-handler")).isInstanceOf(InvalidWorkOrderField.class)
                .hasMessageContaining("callbackOutcome");
        assertThatThrownBy(() -> service.close(id, "satisfied", 6, null, "t-handler")).hasMessageContaining("satisfaction");
        service.close(id, "satisfied", 5, "客户表示满意", "t-handler");

        WorkOrderView closed = service.find(id).orElseThrow();
        assertThat(closed.state()).isEqualTo("closed");
        assertThat(closed.result()).isEqualTo("更换基站天线后信号恢复");
        assertThat(closed.callbackOutcome()).isEqualTo("satisfied");
        assertThat(closed.satisfaction()).isEqualTo(5);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(store.historyOf(id)).extracting(h -> h.action() + ":" + h.fromState() + ">" + h.toState()).containsExactly(
                "opened:null>new", "assigned:new>assigned", "started:assigned>in_progress", "waiting_customer:in_progress>waiting_customer",
                "resumed:waiting_customer>in_progress", "resolved:in_progress>resolved", "closed:resolved>closed");
        assertThat(store.pausesOf(id)).singleElement().satisfies(p -> assertThat(p.endedAt()).isNotNull());
        assertThatThrownBy(() -> service.resume(id, "t-handler")).isInstanceOf(WorkOrderRefused.class);
    }

    @Test
    void aNoteGoesIntoTheHistoryWithoutMovingTheOrderUntilItIsClosed() {
        long id = service.open(order(null, "13694120013", "wo-test", null)).id();
        WorkOrderView before = service.find(id).orElseThrow();
        service.note(id, "商家已回复：已联系客户", "shop-admin");
        assertThat(service.find(id).orElseThrow()).isEqualTo(before);
        assertThat(store.historyOf(id)).last().extracting(WorkOrderStore.HistoryEntry::action, WorkOrderStore.HistoryEntry::by,
                WorkOrderStore.HistoryEntry::fromState, WorkOrderStore.HistoryEntry::toState, WorkOrderStore.HistoryEntry::note)
                .containsExactly("noted", "shop-admin", "new", "new", "商家已回复：已联系客户");
        assertThatThrownBy(() -> service.note(id, " ", "shop-admin")).isInstanceOf(InvalidWorkOrderField.class);
        service.assign(id, "t-handler", "t-handler");
        service.start(id, "t-handler");
        service.resolve(id, "已处理", "t-handler");
        service.close(id, "satisfied", 5, null, "t-handler");
        assertThatThrownBy(() -> service.note(id, "太晚了", "shop-admin")).isInstanceOf(WorkOrderRefused.class);
        assertThat(store.historyOf(id)).filteredOn(h -> h.action().equals("noted")).hasSize(1);
    }

    @Test
    void aComplaintAboutAMerchantGoesToTheAllianceQueueEvenForADiamondCustomer() {
        f.subscriber("13694120014", "hangzhou", "diamond");
        WorkOrderView order = service.open(new NewWorkOrder(null, "13694120014", "merchant", "merchant", "商家拒绝核销", null, null, "t-handler"));
        assertThat(order.queue()).isEqualTo("merchant_alliance");
        assertThat(jdbc.sql("select limit_minutes from work_order where id = ?").param(order.id()).query(Integer.class).single()).isEqualTo(1260);
    }

    @Test
    void theHistoryCannotBeChangedOrDeleted() {
        long id = service.open(order(null, "13694120006", "wo-test", null)).id();
        assertThatThrownBy(() -> jdbc.sql("update work_order_history set note = 'x' where work_order_id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from work_order_history where work_order_id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThat(store.historyOf(id)).hasSize(1);
    }

    @Test
    void aTransferGoesToAnotherDepartmentAndAHandBackReturnsIt() {
        long id = service.open(order(null, "13694120007", "wo-test", null)).id();
        service.assign(id, "t-handler", "t-handler");
        assertThatThrownBy(() -> service.handBack(id, "不是我们的", "t-handler")).isInstanceOf(WorkOrderRefused.class)
                .hasMessageContaining("was not transferred");
        assertThatThrownBy(() -> service.transfer(id, "nowhere", "x", "t-handler")).isInstanceOf(InvalidWorkOrderField.class)
                .hasMessageStartingWith("toQueue");
        service.transfer(id, "network", "基站问题", "t-handler");
        WorkOrderView moved = service.find(id).orElseThrow();
        assertThat(moved.queue()).isEqualTo("network");
        assertThat(moved.state()).isEqualTo("new");
        assertThat(moved.assignee()).isNull();
        service.handBack(id, "非网络问题", "t-handler");
        assertThat(service.find(id).orElseThrow().queue()).isEqualTo("front_desk");
        assertThat(store.historyOf(id)).extracting(WorkOrderStore.HistoryEntry::queue).containsExactly("front_desk", "front_desk", "network", "front_desk");
    }

    @Test
    void timeLimitsRunInBusinessHoursAcrossAWeekendAndPausesSurviveAPriorityChange() {
        // must_solve: 480 business minutes. Friday 27 November 16:30: 1 h that day, the other 7 h on Monday (lunch 12:00-13:30 off)
        long id = f.at("2026-11-27T16:30").inTx(() -> f.orders.open(order(null, "13694120008", "wo-sla", "must_solve"))).id();
        assertThat(service.find(id).orElseThrow().dueAt()).isEqualTo(shanghai("2026-11-30T17:00"));
        f.at("2026-11-27T17:00").inTx(() -> f.orders.assign(id, "t-handler", "t-handler"));
        // 2 h used (Friday 1 h, Monday 08:30-09:30); the customer is waited on until Wednesday 08:30
        f.at("2026-11-30T09:30").inTx(() -> f.orders.waitOnCustomer(id, "客户出差", "t-handler"));
        f.at("2026-12-02T08:30").inTx(() -> f.orders.resume(id, "t-handler"));
        // 6 h left: Wednesday 08:30-12:00 and 13:30-16:00
        assertThat(service.find(id).orElseThrow().dueAt()).isEqualTo(shanghai("2026-12-02T16:00"));
        // regular (960 min) from the same start with the same pause: Fri 1 h, Mon 1 h, Wed 7.5 h, Thu 6.5 h
        f.at("2026-12-02T09:00").inTx(() -> f.orders.setPriority(id, "regular", "t-supervisor"));
        WorkOrderView regular = service.find(id).orElseThrow();
        assertThat(regular.priority()).isEqualTo("regular");
        assertThat(regular.dueAt()).isEqualTo(shanghai("2026-12-03T16:30"));
        assertThat(store.pausesOf(id)).hasSize(1);
    }

    @Test
    void aProvisionalDeadlineIsRetimedWhenTheAdminAddsTheYearsHolidays() throws Exception {
        // 2098 is not in the holiday table: weekends only, flagged provisional. Tuesday 30 September 16:00, 480 minutes
        long id = f.at("2098-09-30T16:00").inTx(() -> f.orders.open(order(null, "13694120012", "wo-sla", "must_solve"))).id();
        assertThat(service.find(id).orElseThrow().dueAt()).isEqualTo(shanghai("2098-10-01T16:30"));
        assertThat(store.find(id).orElseThrow().dueProvisional()).isTrue();

        StringBuilder year = new StringBuilder("year,date,day,holiday\n");
        for (int day = 1; day <= 7; day++) year.append("2098,2098-10-0").append(day).append(",off,national-day\n");
        holidays.saveYear(2098, year.toString(), new RetainUser(TestLogins.ADMIN, "管理员", Role.ADMIN, null));

        // the change is a durable event: the work-order module re-times after the calendar's commit
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (store.find(id).orElseThrow().dueProvisional() && System.nanoTime() < deadline) Thread.sleep(100);
        assertThat(store.find(id).orElseThrow().dueProvisional()).isFalse();
        assertThat(service.find(id).orElseThrow().dueAt()).as("the National Day week off: Wednesday 8 October")
                .isEqualTo(shanghai("2098-10-08T16:30"));
    }

    @Test
    void theNationalDayWeekDoesNotCountAndAMakeUpSaturdayDoes() {
        long holiday = f.at("2026-09-30T16:00").inTx(() -> f.orders.open(order(null, "13694120009", "wo-sla", "must_solve"))).id();
        assertThat(service.find(holiday).orElseThrow().dueAt()).isEqualTo(shanghai("2026-10-08T16:30"));
        // Friday 9 October 09:00: 7 h on Friday, the last hour on Saturday 10 October (调休)
        long makeUp = f.at("2026-10-09T09:00").inTx(() -> f.orders.open(order(null, "13694120010", "wo-sla", "must_solve"))).id();
        assertThat(service.find(makeUp).orElseThrow().dueAt()).isEqualTo(shanghai("2026-10-10T09:30"));
    }

    @Test
    void badInputNamesTheFieldAndWritesNothing() {
        assertThatThrownBy(() -> service.open(new NewWorkOrder(null, "abc", "hotline", "c", "d", null, null, "x")))
                .isInstanceOf(InvalidWorkOrderField.class).extracting(e -> ((InvalidWorkOrderField) e).field()).isEqualTo("msisdn");
        assertThatThrownBy(() -> service.open(new NewWorkOrder(null, "13694120011", "fax", "c", "d", null, null, "x")))
                .hasMessageStartingWith("channel");
        assertThatThrownBy(() -> service.open(new NewWorkOrder(null, "13694120011", "hall", "c", "d", null, "urgent", "x")))
                .hasMessageStartingWith("priority");
        assertThatThrownBy(() -> service.open(new NewWorkOrder(null, "13694120011", "hall", "c", "", null, null, "x")))
                .hasMessageStartingWith("description");
        assertThat(service.ofCustomer("13694120011")).isEmpty();
    }
}
