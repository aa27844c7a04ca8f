package dev.retain.app.complaint.web;

import dev.retain.app.complaint.ComplaintView;
import dev.retain.app.complaint.Complaints;
import dev.retain.app.complaint.NewComplaint;
import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.security.ApiScope;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints from other systems (BOSS, customer service): {@code POST /api/v1/complaints}, idempotent by
 * {@code externalId}; the answer carries the complaint's id and state. Managers may hand in complaints of
 * their own customers only.
 */
@RestController
@Tag(name = "Complaints", description = "Complaints into 004's five-step process (SPEC R9; issue 13)")
@PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN', 'PHONE_MANAGER', 'CUSTOMER_MANAGER')")
class ComplaintApi {

    /** The request body: what the sending system knows. {@code receivedAt} is optional (ISO-8601 with an offset; now when absent). */
    record ComplaintRequest(String externalId, String msisdn, String channel, String category, String description, Instant receivedAt) {

        /** Read field by field, so a wrong type or time names its field. */
        static ComplaintRequest of(Map<String, Object> json) {
            return new ComplaintRequest(JsonFields.id(json, "externalId"), JsonFields.text(json, "msisdn"), JsonFields.text(json, "channel"),
                    JsonFields.text(json, "category"), JsonFields.text(json, "description"), JsonFields.time(json, "receivedAt"));
        }
    }

    private final Complaints complaints;
    private final CurrentUser currentUser;
    private final OwnCustomers access;

    ComplaintApi(Complaints complaints, CurrentUser currentUser, OwnCustomers access) {
        this.complaints = complaints;
        this.currentUser = currentUser;
        this.access = access;
    }

    @ApiScope(Scope.COMPLAINTS_WRITE)
    @PostMapping(path = "/api/v1/complaints", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hand in a complaint",
            description = "JSON {externalId, msisdn, channel, category, description, receivedAt?}. channel: phone_manager, customer_manager, "
                    + "hall, hotline, online_hall, merchant, api, staff, quality, network_alarm, analysis, import; category: a code "
                    + "(lower-case letters, digits, _); receivedAt absent or blank: now. The same externalId again with the same number returns the first "
                    + "complaint (200) instead of a new one (201); with another number it is refused (400, field externalId).")
    @ApiResponse(responseCode = "201", description = "taken in: {id, externalId, state, priority, repeatCount, msisdn (masked)}")
    @ApiResponse(responseCode = "200", description = "the externalId was seen before: the first complaint")
    @ApiResponse(responseCode = "400", description = "a problem document naming the field at fault in 'field'")
    ResponseEntity<Map<String, Object>> receive(@RequestBody Map<String, Object> json) {
        ComplaintRequest body = ComplaintRequest.of(json);
        RetainUser user = currentUser.get();
        if (user.scopedToOwnCustomers() && body.msisdn() != null) access.requireOwnCustomer(user, body.msisdn());
        Complaints.Intake in = complaints.intake(new NewComplaint(body.externalId(), body.msisdn(), body.channel(), body.category(),
                body.description(), body.receivedAt(), user.username()));
        return ResponseEntity.status(in.created() ? HttpStatus.CREATED : HttpStatus.OK).body(answer(in.complaint()));
    }

    @ApiScope(Scope.COMPLAINTS_READ)
    @GetMapping("/api/v1/complaints/{id}")
    @Operation(summary = "A complaint's state", description = "The number is masked.")
    @PreAuthorize("hasAnyRole('COMPLAINT_HANDLER', 'SUPERVISOR', 'ADMIN', 'ANALYST')")
    Map<String, Object> get(@PathVariable long id) {
        return answer(complaints.find(id).orElseThrow(() -> new NotFoundException("no complaint " + id)));
    }

    static Map<String, Object> answer(ComplaintView c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("externalId", c.externalId());
        m.put("state", c.state());
        m.put("priority", c.priority());
        m.put("sourceClass", c.sourceClass());
        m.put("category", c.category());
        m.put("repeatCount", c.repeatCount());
        m.put("msisdn", PersonalData.maskMsisdn(c.msisdn()));
        m.put("receivedAt", c.receivedAt().toString());
        m.put("workOrderId", c.workOrderId());
        m.put("areaCaseId", c.areaCaseId());
        return m;
    }
}
