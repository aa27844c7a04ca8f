package dev.retain.app.campaign.event.web;

import dev.retain.app.campaign.event.VipEventClaimChannel;
import dev.retain.app.campaign.event.VipEventClaimResult;
import dev.retain.app.campaign.event.VipEventClaimView;
import dev.retain.app.campaign.event.VipEventRefused;
import dev.retain.app.campaign.event.VipEvents;
import dev.retain.app.security.ApiScope;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Prepay claims of VIP event tickets from BOSS or customer service (SPEC R7.6): {@code POST /api/v1/vip-events/{id}/claims},
 * idempotent by the prepay reference.
 */
@RestController
@Tag(name = "VIP events", description = "Tickets of VIP events claimed by prepay (SPEC R7.6; issue 15)")
@PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
class VipEventApi {

    private final VipEvents events;
    private final CurrentUser currentUser;

    VipEventApi(VipEvents events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    @ApiScope(Scope.EVENTS_WRITE)
    @PostMapping(path = "/api/v1/vip-events/{id}/claims", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Claim a ticket for a customer who prepaid",
            description = "JSON {msisdn, prepayReference}. The first eligible pool with a ticket left gives one (state claimed); when the "
                    + "customer's pools are full the customer joins the waiting list (state waiting). Either way the customer is told by "
                    + "SMS. The same prepayReference again returns the first claim (200, replay true) and changes nothing.")
    @ApiResponse(responseCode = "201", description = "{id, eventId, state (claimed|waiting), poolId, msisdn (masked), prepayReference, replay}")
    @ApiResponse(responseCode = "200", description = "the prepayReference was seen before: the first claim")
    @ApiResponse(responseCode = "409", description = "a problem document, outcome not-eligible, limit-reached or closed (no claim made)")
    @ApiResponse(responseCode = "422", description = "the prepayReference belongs to another event's or number's claim")
    ResponseEntity<Map<String, Object>> claim(@PathVariable long id, @RequestBody Map<String, Object> json) {
        Object msisdn = json.get("msisdn");
        Object reference = json.get("prepayReference");
        if (!(msisdn instanceof String) || ((String) msisdn).isBlank()) throw new VipEventRefused("vip.error.msisdn");
        if (!(reference instanceof String)) throw new VipEventRefused("vip.error.reference");
        VipEventClaimResult result = events.claim(id, (String) msisdn, VipEventClaimChannel.PREPAY, (String) reference,
                currentUser.get().username());
        if (result.claim() == null) throw new Declined(result.outcome());
        VipEventClaimView c = result.claim();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", c.id());
        answer.put("eventId", c.eventId());
        answer.put("state", c.state());
        answer.put("poolId", c.poolId());
        answer.put("msisdn", PersonalData.maskMsisdn(c.msisdn()));
        answer.put("prepayReference", c.sourceRef());
        answer.put("replay", result.replay());
        return ResponseEntity.status(result.replay() ? HttpStatus.OK : HttpStatus.CREATED).body(answer);
    }

    /** A claim that made no ticket and no waiting place. */
    static final class Declined extends RuntimeException {
        final VipEventClaimResult.Outcome outcome;

        Declined(VipEventClaimResult.Outcome outcome) {
            super(outcome.code());
            this.outcome = outcome;
        }
    }

    /** Refusals as problem documents in the caller's language, with the refusal's {@code code} (and the claim's {@code outcome}). */
    @RestControllerAdvice(assignableTypes = VipEventApi.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Problems {

        private final MessageSource messages;

        Problems(MessageSource messages) {
            this.messages = messages;
        }

        @ExceptionHandler(VipEventRefused.class)
        ProblemDetail refused(VipEventRefused e) {
            HttpStatus status = "vip.error.reference-used".equals(e.code()) ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                    messages.getMessage(e.code(), e.args(), e.code(), LocaleContextHolder.getLocale()));
            problem.setProperty("code", e.code());
            return problem;
        }

        @ExceptionHandler(Declined.class)
        ProblemDetail declined(Declined e) {
            String code = "vip.outcome." + e.outcome.code();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    messages.getMessage(code, null, code, LocaleContextHolder.getLocale()));
            problem.setProperty("code", code);
            problem.setProperty("outcome", e.outcome.code());
            return problem;
        }
    }
}
