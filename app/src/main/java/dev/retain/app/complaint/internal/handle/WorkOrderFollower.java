package dev.retain.app.complaint.internal.handle;

import dev.retain.app.complaint.ComplaintStateChanged;
import dev.retain.app.complaint.ComplaintView;
import dev.retain.app.complaint.internal.intake.ComplaintStore;
import dev.retain.app.workorder.WorkOrderStateChanged;
import dev.retain.app.workorder.WorkOrderView;
import dev.retain.app.workorder.WorkOrders;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A complaint's state follows its work order's current state (durable: runs after the order's commit, again after a
 * restart if it had not completed): resolved → callback; closed → closed with the callback's
 * satisfaction and the closing time; a resolved order taken up again → handling. Other moves (assign,
 * transfer, pause) leave the complaint in handling.
 */
@Component
public class WorkOrderFollower {

    static final String LISTENER_ID = "complaint.follow-work-order";
    /** The history's author for a move that followed the work order. */
    public static final String BY_WORK_ORDER = "work-order";

    private final ComplaintStore store;
    private final WorkOrders workOrders;
    private final ApplicationEventPublisher events;

    WorkOrderFollower(ComplaintStore store, WorkOrders workOrders, ApplicationEventPublisher events) {
        this.store = store;
        this.workOrders = workOrders;
        this.events = events;
    }

    @ApplicationModuleListener(id = LISTENER_ID)
    void on(WorkOrderStateChanged changed) {
        Optional<ComplaintView> found = store.findByWorkOrder(changed.workOrderId());
        if (found.isEmpty()) return; // not a complaint's order
        ComplaintView c = found.get(); // locked: deliveries for one complaint take turns
        // the order's state now, not the event's: deliveries run in parallel and may arrive out of order
        WorkOrderView order = workOrders.find(changed.workOrderId()).orElseThrow();
        String target = switch (order.state()) {
            case "resolved" -> "callback";
            case "closed" -> "closed";
            default -> "handling";
        };
        if (c.state().equals(target) || c.state().equals("closed")) return; // already followed (a redelivery), or final
        if (target.equals("closed")) {
            store.close(c.id(), order.closedAt() == null ? changed.at() : order.closedAt(), order.satisfaction());
        } else {
            store.setState(c.id(), target);
        }
        store.history(c.id(), BY_WORK_ORDER, c.state(), target, String.valueOf(changed.workOrderId()));
        events.publishEvent(new ComplaintStateChanged(c.id(), c.state(), target, changed.at()));
    }
}
