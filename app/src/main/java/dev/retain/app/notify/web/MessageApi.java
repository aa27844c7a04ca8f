package dev.retain.app.notify.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.notify.internal.MessageRequests;
import dev.retain.app.notify.internal.OutboxReadModel;
import dev.retain.app.notify.internal.OutboxReadModel.Detail;
import dev.retain.app.notify.internal.OutboxReadModel.Filter;
import dev.retain.app.notify.internal.TransactionalOutbox;
import dev.retain.app.notify.internal.Viewers;
import dev.retain.app.security.ApiScope;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox over REST: supervisors and other systems queue messages to customers under the one
 * contact policy, and find them with their states and reasons. Numbers go in bodies, never in URLs,
 * and come back masked; a secret body is never returned. Managers see only their own customers.
 */
@RestController
@Tag(name = "Messages", description = "Outbound messages through the outbox under the contact policy (SPEC R6.6, R13)")
@PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR', 'ADMIN', 'ANALYST')")
class MessageApi {

    /** A customer's newest messages at most. */
    static final int LIST = 100;

    private final MessageRequests requests;
    private final OutboxReadModel outbox;
    private final Viewers viewers;
    private final CurrentUser currentUser;

    MessageApi(MessageRequests requests, OutboxReadModel outbox, Viewers viewers, CurrentUser currentUser) {
        this.requests = requests;
        this.outbox = outbox;
        this.viewers = viewers;
        this.currentUser = currentUser;
    }

    /** A message to queue: the customer's number, and either a template with its variables or a plain text. */
    record MessageRequest(String msisdn, String channel, String template, Map<String, String> variables, String text,
                          @JsonProperty("class") String messageClass, Boolean secret, String reason, String idempotencyKey) {
    }

    record NumberSearch(String msisdn) {
    }

    @ApiScope(Scope.MESSAGES_WRITE)
    @PostMapping("/api/v1/messages")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Queue a message to a customer",
            description = "JSON: msisdn (either form), channel (sms or email; none = the customer's preferred channel), template with "
                    + "variables or text, class (service or marketing, the default), secret (a one-time code: never shown again), "
                    + "reason, idempotencyKey (or the Idempotency-Key header: a repeat returns the first message). The contact policy "
                    + "is applied when the message is sent: the answer's state and reason say what became of it later.")
    @ApiResponse(responseCode = "201", description = "queued")
    @ApiResponse(responseCode = "200", description = "a message with this idempotency key was queued before: that message")
    @ApiResponse(responseCode = "400", description = "a missing or malformed field, an unknown template or a missing variable (named)")
    ResponseEntity<MessageAnswer> queue(@RequestBody MessageRequest body,
                                        @RequestHeader(value = "Idempotency-Key", required = false) String idempotencyHeader) {
        if (body == null) throw new IllegalArgumentException("a JSON body is required");
        RetainUser me = currentUser.get();
        String key = body.idempotencyKey() != null ? body.idempotencyKey() : idempotencyHeader;
        TransactionalOutbox.Queued queued = requests.queue(me, new MessageRequests.Request(body.msisdn(), body.channel(), body.template(),
                body.variables(), body.text(), body.messageClass(), Boolean.TRUE.equals(body.secret()), body.reason(), key));
        Detail detail = outbox.detail(queued.id()).orElseThrow(() -> new NotFoundException("message"));
        return ResponseEntity.status(queued.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(MessageAnswer.of(detail, outbox.history(queued.id())));
    }

    @ApiScope(Scope.MESSAGES_READ)
    @PostMapping("/api/v1/messages/search")
    @Operation(summary = "The messages to a phone number, newest first",
            description = "The number goes in the body, never in a URL: {\"msisdn\": \"<the 11-digit number>\"}; its +86 and 0086 forms "
                    + "find the same messages. Managers only for their own customers.")
    @ApiResponse(responseCode = "403", description = "not this user's customer")
    List<MessageAnswer> search(@RequestBody NumberSearch body) {
        RetainUser me = currentUser.get();
        String msisdn = viewers.openByNumber(me, body == null ? null : body.msisdn());
        return list(msisdn);
    }

    @ApiScope(Scope.MESSAGES_READ)
    @GetMapping("/api/v1/messages")
    @Operation(summary = "A customer's messages, newest first", description = "Each with its state and, when held, suppressed or failed, why.")
    @ApiResponse(responseCode = "403", description = "not this user's customer (or, to a manager, no such customer)")
    @ApiResponse(responseCode = "404", description = "no such customer")
    List<MessageAnswer> ofCustomer(@Parameter(description = "the customer's opaque key") @RequestParam String customerKey) {
        return list(viewers.openByKey(currentUser.get(), customerKey));
    }

    @ApiScope(Scope.MESSAGES_READ)
    @GetMapping("/api/v1/messages/{id}")
    @Operation(summary = "One message with every state it took", description = "The body only when the message is not secret.")
    @ApiResponse(responseCode = "403", description = "not this user's customer")
    @ApiResponse(responseCode = "404", description = "no such message")
    MessageAnswer message(@PathVariable long id) {
        RetainUser me = currentUser.get();
        Detail detail = outbox.detail(id).orElseThrow(() -> new NotFoundException("message"));
        if (detail.row().msisdn() == null ? me.scopedToOwnCustomers() : !viewers.mayOpen(me, detail.row().msisdn())) {
            throw new AccessDeniedException(me.username() + " may not see message " + id);
        }
        return MessageAnswer.of(detail, outbox.history(id));
    }

    private List<MessageAnswer> list(String msisdn) {
        return outbox.page(new Filter(null, null, null, null, null, msisdn), OutboxReadModel.CustomerScope.province(), 0, LIST).stream()
                .map(MessageAnswer::of).toList();
    }
}
