package dev.retain.app.survey.internal;

import dev.retain.app.complaint.Complaints;
import dev.retain.app.survey.SurveyLinks;
import dev.retain.app.workorder.WorkOrderStateChanged;
import dev.retain.app.workorder.WorkOrderView;
import dev.retain.app.workorder.WorkOrders;
import java.time.Clock;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The survey after a closed work order that is not a complaint's (SPEC R9.4: a fault report, a request from another
 * channel): workorder publishes {@link WorkOrderStateChanged} durably; after the close's commit this sends the customer
 * a survey link carrying over the closing callback's satisfaction. A complaint's order is left to
 * {@link ComplaintSurveys} (one survey per case). Once per order, not to a customer asked within the window, not for
 * a close heard of more than a day late.
 */
@Component
class WorkOrderSurveys {

    static final String LISTENER_ID = "survey.after-closed-work-order";
    static final String SENDER = "work-order-closed";

    private final WorkOrders workOrders;
    private final Complaints complaints;
    private final SurveyLinks links;
    private final SurveyStore store;
    private final Clock clock;
    private final String localBase;

    WorkOrderSurveys(WorkOrders workOrders, Complaints complaints, SurveyLinks links, SurveyStore store, Clock clock,
                     @Value("${server.port:8080}") int port) {
        this.workOrders = workOrders;
        this.complaints = complaints;
        this.links = links;
        this.store = store;
        this.clock = clock;
        this.localBase = "http://localhost:" + port;
    }

    @ApplicationModuleListener(id = LISTENER_ID)
    void on(WorkOrderStateChanged changed) {
        if (!"closed".equals(changed.toState()) || store.workOrderSurveyed(changed.workOrderId())) return;
        if (changed.at().isBefore(clock.instant().minus(ComplaintSurveys.FRESH))) return;
        WorkOrderView order = workOrders.find(changed.workOrderId()).orElse(null);
        if (order == null || order.msisdn() == null || order.msisdn().isBlank()) return;
        // a complaint opens its order after it was taken in, so by the close the link to it is on file
        if (complaints.ofCustomer(order.msisdn()).stream().anyMatch(c -> Objects.equals(c.workOrderId(), order.id()))) return;
        links.send(SENDER, order.msisdn(), SurveyLinks.Cause.workOrder(order.id(), ComplaintSurveys.score(order.satisfaction())), localBase);
    }
}
