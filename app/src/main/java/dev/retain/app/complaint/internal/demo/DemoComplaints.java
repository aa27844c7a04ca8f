package dev.retain.app.complaint.internal.demo;

import dev.retain.app.complaint.ComplaintView;
import dev.retain.app.complaint.Complaints;
import dev.retain.app.complaint.NewComplaint;
import dev.retain.app.complaint.internal.demo.DemoCustomersReadModel.Customer;
import dev.retain.app.complaint.internal.demo.DemoScript.Line;
import dev.retain.app.complaint.internal.demo.DemoScript.Target;
import dev.retain.app.complaint.internal.handle.ComplaintHandling;
import dev.retain.app.complaint.internal.intake.AreaCaseStore;
import dev.retain.app.complaint.internal.intake.AreaCases;
import dev.retain.app.complaint.internal.monitor.AuditLists;
import dev.retain.app.complaint.internal.monitor.AuditPeriod;
import dev.retain.app.complaint.internal.monitor.CallbackQueueReadModel;
import dev.retain.app.complaint.internal.monitor.CallbackSampling;
import dev.retain.app.complaint.internal.monitor.QualityCallbacks;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import dev.retain.app.workorder.NewWorkOrder;
import dev.retain.app.workorder.WorkOrderView;
import dev.retain.app.workorder.WorkOrders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo's complaints and work orders through the real services (intake, filter, handling,
 * work orders, the network alarm, the quality callbacks, the audit lists): {@link DemoScript}'s lines
 * for the generated province's customers. Idempotent: each complaint has a fixed external id, and each
 * step is taken only when its complaint or work order has not reached the line's target yet, so a second
 * start (or one after a crash half-way) adds nothing twice.
 */
@Component
public class DemoComplaints {

    static final String HANDLER = "handler";
    private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);
    private static final List<String> ORDER_STATES = List.of("new", "assigned", "in_progress", "waiting_customer", "resolved", "closed");

    private final DemoCustomersReadModel customers;
    private final Complaints complaints;
    private final ComplaintHandling handling;
    private final AreaCases areaCases;
    private final WorkOrders workOrders;
    private final CallbackSampling sampling;
    private final CallbackQueueReadModel callbackQueue;
    private final QualityCallbacks callbacks;
    private final AuditLists auditLists;
    private final Clock clock;

    DemoComplaints(DemoCustomersReadModel customers, Complaints complaints, ComplaintHandling handling, AreaCases areaCases,
                   WorkOrders workOrders, CallbackSampling sampling, CallbackQueueReadModel callbackQueue, QualityCallbacks callbacks,
                   AuditLists auditLists, Clock clock) {
        this.customers = customers;
        this.complaints = complaints;
        this.handling = handling;
        this.areaCases = areaCases;
        this.workOrders = workOrders;
        this.sampling = sampling;
        this.callbackQueue = callbackQueue;
        this.callbacks = callbacks;
        this.auditLists = auditLists;
        this.clock = clock;
    }

    /** What a seeding did: complaints on file for the demo, of them new now, callbacks sampled. */
    public record Seeded(int complaints, int created, int sampled) {
    }

    public Seeded seed() {
        List<Customer> vips = customers.pick(true, 8);
        List<Customer> others = customers.pick(false, 15);
        if (vips.isEmpty() || others.isEmpty()) {
            log.info("complaint demo: no customers with a region and branch to complain, nothing seeded");
            return new Seeded(0, 0, 0);
        }
        Instant now = clock.instant();
        int created = 0;
        List<Long> ids = new ArrayList<>();
        for (Line line : DemoScript.LINES) {
            List<Customer> from = line.vip() ? vips : others;
            Customer who = from.get(line.customer() % from.size());
            // on file already (a later start, perhaps after an import moved the picked customers): taken as it is
            Optional<ComplaintView> before = complaints.findByExternalId("demo-c2-" + line.key());
            ComplaintView c = before.isPresent() ? before.get()
                    : complaints.receive(new NewComplaint("demo-c2-" + line.key(), who.msisdn(), line.channel(), line.category(),
                            line.description(), now.minus(Duration.ofDays(line.daysAgo())), HANDLER));
            if (before.isEmpty()) created++;
            advance(c, line);
            ids.add(c.id());
        }
        created += networkAlarm(others.get(0), now);
        created += otherChannelOrders(others, now);
        waitForClosures(ids);
        CallbackSampling.Run run = sampling.run();
        recordSomeCallbacks();
        LocalDate today = LocalDate.now(clock);
        // the demo's work orders close today: this week's and month's lists (so far) show their findings
        auditLists.generate(AuditPeriod.month(today), HANDLER);
        auditLists.generate(AuditPeriod.week(today), HANDLER);
        return new Seeded(ids.size() + DemoScript.AREA_COMPLAINTS, created, run.sampled());
    }

    /**
     * Work orders that are not complaints, from the other channels: two handed over days late by the
     * systems that opened them (already past their time limit on the board), one in work and overdue,
     * and two new ones. Fixed external ids: a second start opens nothing.
     */
    private int otherChannelOrders(List<Customer> from, Instant now) {
        record Order(String key, String channel, String category, String description, String priority, int daysAgo, boolean take) {
        }
        List<Order> orders = List.of(
                new Order("wo-1", "online_hall", "billing", "网上营业厅办理套餐变更后仍按原套餐扣费", "must_solve", 6, false),
                new Order("wo-2", "merchant", "value_added", "联盟商户核销积分失败，积分已扣未到账", "regular", 9, false),
                new Order("wo-3", "hall", "service", "营业厅补卡后副卡无法使用", "must_solve", 4, true),
                new Order("wo-4", "hall", "service", "客户申请宽带移机", "regular", 0, false),
                new Order("wo-5", "phone_manager", "package", "客户经理代客户申请套餐降档复核", "regular", 0, true));
        int created = 0;
        for (int i = 0; i < orders.size(); i++) {
            Order o = orders.get(i);
            String externalId = "demo-" + o.key();
            Customer who = from.get((i * 3) % from.size());
            Optional<WorkOrderView> known = workOrders.findByExternalId(externalId);
            WorkOrderView w = known.isPresent() ? known.get()
                    : workOrders.open(new NewWorkOrder(externalId, who.msisdn(), o.channel(), o.category(), o.description(), null,
                            o.priority(), HANDLER), now.minus(Duration.ofDays(o.daysAgo())));
            if (known.isEmpty()) created++;
            if (o.take() && w.state().equals("new")) {
                workOrders.assign(w.id(), HANDLER, HANDLER);
                workOrders.start(w.id(), HANDLER);
            }
        }
        return created;
    }

    /** Takes a complaint (and its work order) as far as its line says, skipping what is done already. */
    private void advance(ComplaintView c, Line line) {
        if (line.target() == Target.INTAKE) return;
        if (c.state().equals("intake")) c = handling.confirmFilter(c.id(), null, null, HANDLER);
        if (line.target() == Target.FILTERED) return;
        if (c.workOrderId() == null) c = handling.openWorkOrder(c.id(), HANDLER);
        if (c.scenario() == null && line.target() != Target.ASSIGNED) {
            handling.recordScenario(c.id(), line.category().equals("network") ? "planned_in_construction" : "short_term_solvable",
                    line.vip() ? "loyal_demanding" : "general", HANDLER);
        }
        long order = c.workOrderId();
        if (line.target() == Target.TRANSFERRED) {
            WorkOrderView w = workOrders.find(order).orElseThrow();
            if (!w.queue().equals("network")) workOrders.transfer(order, "network", "需网络优化部门核查基站", HANDLER);
            return;
        }
        String goal = switch (line.target()) {
            case ASSIGNED -> "assigned";
            case IN_PROGRESS -> "in_progress";
            case WAITING_CUSTOMER -> "waiting_customer";
            case RESOLVED -> "resolved";
            default -> "closed";
        };
        while (true) {
            String state = workOrders.find(order).orElseThrow().state();
            if (ORDER_STATES.indexOf(state) >= ORDER_STATES.indexOf(goal)) return;
            switch (state) {
                case "new" -> workOrders.assign(order, HANDLER, HANDLER);
                case "assigned" -> workOrders.start(order, HANDLER);
                case "in_progress" -> {
                    if (goal.equals("waiting_customer")) workOrders.waitOnCustomer(order, "约客户上门测试时间", HANDLER);
                    else workOrders.resolve(order, "已优化周边基站参数，客户处信号恢复", HANDLER);
                }
                case "resolved" -> workOrders.close(order, line.callbackOutcome(), line.satisfaction(),
                        switch (line.callbackOutcome()) {
                            case "unreachable" -> "三次致电未接通";
                            case "unsatisfied" -> "客户对处理结果不满意";
                            default -> "客户确认问题已解决";
                        }, HANDLER);
                default -> throw new IllegalStateException("demo complaint " + line.key() + ": work order " + order + " is " + state);
            }
        }
    }

    /** A network alarm over the first customer's branch, and complaints of that branch that join its area case. */
    private int networkAlarm(Customer first, Instant now) {
        areaCases.open(new AreaCaseStore.NewAreaCase("demo-c2-alarm", first.region(), first.branch(), "基站 A-102 覆盖区", "network",
                now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(2)), "基站传输中断告警", HANDLER));
        int created = 0;
        List<Customer> area = customers.inBranch(first.region(), first.branch(), DemoScript.AREA_COMPLAINTS, List.of(first.msisdn()));
        for (int i = 0; i < area.size(); i++) {
            String key = "demo-c2-area-" + (i + 1);
            if (complaintId(key).isPresent()) continue;
            created++;
            complaints.receive(new NewComplaint(key, area.get(i).msisdn(), "hotline", "network", "附近基站故障，手机没有信号",
                    now.minus(Duration.ofHours(20 - i)), HANDLER));
        }
        return created;
    }

    /** A closed work order closes its complaint after the commit (the complaint module's listener): wait briefly for it. */
    private void waitForClosures(List<Long> ids) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            boolean following = ids.stream().map(complaints::find).flatMap(Optional::stream)
                    .allMatch(c -> c.workOrderId() == null || !workOrders.find(c.workOrderId()).orElseThrow().state().equals("closed")
                            || c.state().equals("closed"));
            if (following) return;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.info("complaint demo: some complaints have not followed their closed work orders yet; the sampling job takes them later");
    }

    /** The first sampled callbacks: one reached (score 4), one not reached; the rest stay in the queue for the handler. */
    private void recordSomeCallbacks() {
        RetainUser handler = new RetainUser(HANDLER, "demo", Role.COMPLAINT_HANDLER, null);
        List<CallbackQueueReadModel.Entry> open = callbackQueue.queue(true, 10).stream().filter(e -> e.outcome() == null).toList();
        if (!callbackQueue.queue(false, 1).isEmpty()) return; // recorded on an earlier start
        if (!open.isEmpty()) callbacks.record(open.get(0).complaintId(), "reached", 4, "客户表示问题已解决", handler);
        if (open.size() > 1) callbacks.record(open.get(1).complaintId(), "unreached", null, "无人接听", handler);
    }

    private Optional<Long> complaintId(String externalId) {
        return customers.complaintByExternalId(externalId);
    }
}
