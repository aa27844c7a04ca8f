package dev.retain.app.complaint.internal.handle;

import dev.retain.app.complaint.ComplaintRefusedException;
import dev.retain.app.complaint.ComplaintStateChanged;
import dev.retain.app.complaint.ComplaintView;
import dev.retain.app.complaint.internal.intake.ComplaintStore;
import dev.retain.app.workorder.NewWorkOrder;
import dev.retain.app.workorder.WorkOrderView;
import dev.retain.app.workorder.WorkOrders;
import dev.retain.engine.complaint.CustomerType;
import dev.retain.engine.complaint.Placement;
import dev.retain.engine.complaint.Scenario;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 004's filter and handle steps on one complaint: the handler confirms the filter's priority (an
 * override needs a reason, kept in the history), hands the complaint to a work order (opened through
 * {@code workorder.WorkOrders} with that priority; the department hand-offs happen there), and records
 * 003's scenario and customer type. Each step one transaction, on the locked row; a step the state does
 * not allow is refused.
 */
@Service
public class ComplaintHandling {

    private final ComplaintStore store;
    private final WorkOrders workOrders;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    public ComplaintHandling(ComplaintStore store, WorkOrders workOrders, ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.workOrders = workOrders;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Confirms the filter (intake → filtered) with the proposed priority, or another one with a reason. */
    @Transactional
    public ComplaintView confirmFilter(long id, String priority, String overrideReason, String by) {
        ComplaintView c = locked(id);
        if (!c.state().equals("intake")) throw new ComplaintRefusedException(null, "the filter of complaint " + id + " is already confirmed");
        String proposed = jdbc.sql("select proposed_priority from complaint where id = ?").param(id).query(String.class).optional().orElse(null);
        String chosen = priority == null || priority.isBlank() ? proposed : Placement.ofCode(priority.trim()).code();
        if (chosen == null) throw new ComplaintRefusedException("priority", "missing");
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.trim();
        boolean overridden = !chosen.equals(proposed);
        if (overridden && reason == null) {
            throw new ComplaintRefusedException("overrideReason", "a priority other than the filter's (" + proposed + ") needs a reason");
        }
        Instant now = clock.instant();
        store.confirmFilter(id, chosen, overridden ? reason : null, by, now);
        store.history(id, by, "intake", "filtered", overridden ? reason : null); // the override's reason; the priority is on the row
        events.publishEvent(new ComplaintStateChanged(id, "intake", "filtered", now));
        return store.find(id).orElseThrow();
    }

    /**
     * Hands a filtered complaint to a work order (filtered → handling). Once only: the complaint's row lock
     * and its state guard a retry, and order and complaint commit together. The order gets no external id:
     * that namespace belongs to the systems calling the API.
     */
    @Transactional
    public ComplaintView openWorkOrder(long id, String by) {
        ComplaintView c = locked(id);
        if (!c.state().equals("filtered")) {
            throw new ComplaintRefusedException(null, "complaint " + id + " must be filtered before a work order is opened (it is " + c.state() + ")");
        }
        WorkOrderView order = workOrders.open(new NewWorkOrder(null, c.msisdn(), c.channel(), c.category(), c.description(),
                c.region(), c.priority(), by));
        Instant now = clock.instant();
        store.setWorkOrder(id, order.id());
        store.history(id, by, "filtered", "handling", String.valueOf(order.id()));
        events.publishEvent(new ComplaintStateChanged(id, "filtered", "handling", now));
        return store.find(id).orElseThrow();
    }

    /** 003's scenario and customer type (either may stay empty); any state before closed. */
    @Transactional
    public ComplaintView recordScenario(long id, String scenario, String customerType, String by) {
        ComplaintView c = locked(id);
        if (c.state().equals("closed")) throw new ComplaintRefusedException(null, "complaint " + id + " is closed");
        String s = scenario == null || scenario.isBlank() ? null : Scenario.ofCode(scenario.trim()).code();
        String t = customerType == null || customerType.isBlank() ? null : CustomerType.ofCode(customerType.trim()).code();
        store.setScenario(id, s, t);
        store.history(id, by, c.state(), c.state(), (s == null ? "" : s) + "|" + (t == null ? "" : t)); // codes: the page words them
        return store.find(id).orElseThrow();
    }

    private ComplaintView locked(long id) {
        return store.lock(id).orElseThrow(() -> new dev.retain.app.core.web.NotFoundException("complaint " + id));
    }
}
