package dev.retain.app.workorder.web;

import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.security.ApiScope;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.Scope;
import dev.retain.app.workorder.InvalidWorkOrderField;
import dev.retain.app.workorder.NewWorkOrder;
import dev.retain.app.workorder.WorkOrderView;
import dev.retain.app.workorder.WorkOrders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Work orders for other systems (SPEC R8.3): BOSS and customer service open them, idempotent by their
 * own id, and read their state. Numbers are answered masked: the caller sent it and needs it no more.
 */
@RestController
@Tag(name = "Work orders", description = "Electronic work orders shared by every channel (SPEC R8.2, R8.3)")
@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'COMPLAINT_HANDLER')")
class WorkOrderApi {

    /** The body of {@code POST /api/v1/work-orders}; unknown fields are ignored. */
    record OpenRequest(String externalId, String msisdn, String channel, String category, String description, String priority,
                       String region) {
    }

    private final WorkOrders orders;
    private final CurrentUser currentUser;

    WorkOrderApi(WorkOrders orders, CurrentUser currentUser) {
        this.orders = orders;
        this.currentUser = currentUser;
    }

    @ApiScope(Scope.WORKORDERS_WRITE)
    @PostMapping(path = "/api/v1/work-orders", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a work order",
            description = "JSON {externalId, msisdn, channel, category, description[, priority, region]}: routed to a queue by the admin's "
                    + "rules, timed in business hours. channel: phone_manager, customer_manager, hall, hotline, online_hall, merchant, api, "
                    + "staff, quality, network_alarm, analysis, import; priority: must_solve, regular (default), defer. A repeated externalId "
                    + "with the same number answers the first order, unchanged; with another number it is refused (400, field externalId).")
    @ApiResponse(responseCode = "200", description = "the order (new, or the first one with this externalId): id, state, queue, dueAt…")
    @ApiResponse(responseCode = "400", description = "a problem document naming the field in 'field'")
    Map<String, Object> open(@RequestBody OpenRequest body) {
        if (body == null) throw new InvalidWorkOrderField("body", "a JSON object is required");
        WorkOrderView view = orders.open(new NewWorkOrder(body.externalId(), body.msisdn(), body.channel(), body.category(),
                body.description(), body.region(), body.priority(), currentUser.get().username()));
        return answer(view);
    }

    @ApiScope(Scope.WORKORDERS_READ)
    @GetMapping("/api/v1/work-orders/{id}")
    @Operation(summary = "One work order", description = "Its state, queue, assignee, deadline and, once closed, the result and callback.")
    Map<String, Object> get(@PathVariable long id) {
        return answer(orders.find(id).orElseThrow(() -> new NotFoundException("no work order " + id)));
    }

    private static Map<String, Object> answer(WorkOrderView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("externalId", v.externalId());
        m.put("msisdn", PersonalData.maskMsisdn(v.msisdn()));
        m.put("channel", v.channel());
        m.put("category", v.category());
        m.put("state", v.state());
        m.put("queue", v.queue());
        m.put("assignee", v.assignee());
        m.put("priority", v.priority());
        m.put("createdAt", v.createdAt());
        m.put("dueAt", v.dueAt());
        m.put("closedAt", v.closedAt());
        m.put("result", PersonalData.maskNumbersIn(v.result()));
        m.put("callbackOutcome", v.callbackOutcome());
        m.put("satisfaction", v.satisfaction());
        return m;
    }
}
