package dev.retain.app.notify.web;

import dev.retain.app.notify.internal.OptOutAdministration;
import dev.retain.app.notify.internal.OptOutScope;
import dev.retain.app.notify.internal.OutboxReadModel;
import dev.retain.app.notify.internal.OutboxReadModel.OptOutRow;
import dev.retain.app.notify.internal.Viewers;
import dev.retain.app.security.ApiScope;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opt-outs over REST (R14.4): a customer service system records "stop sending me offers" the
 * moment the customer says it, on every channel at once. Numbers in bodies, masked in answers.
 */
@RestController
@Tag(name = "Opt-outs", description = "Customers who do not want marketing (or anything) from us, on every channel (SPEC R14.4)")
@PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR', 'ADMIN', 'ANALYST')")
class OptOutApi {

    private final OptOutAdministration administration;
    private final OutboxReadModel outbox;
    private final Viewers viewers;
    private final CurrentUser currentUser;

    OptOutApi(OptOutAdministration administration, OutboxReadModel outbox, Viewers viewers, CurrentUser currentUser) {
        this.administration = administration;
        this.outbox = outbox;
        this.viewers = viewers;
        this.currentUser = currentUser;
    }

    /** {@code scope}: marketing (the default: no marketing or care) or all (service messages too). */
    record OptOutRequest(String msisdn, String scope, String reason) {
    }

    record RemoveRequest(String msisdn, String reason) {
    }

    record Changed(boolean changed) {
    }

    record OptOutAnswer(long id, String customerKey, String msisdn, String scope, String reason, String source, String createdBy,
                        LocalDateTime createdAt) {

        static OptOutAnswer of(OptOutRow r) {
            return new OptOutAnswer(r.id(), r.customerKey(), PersonalData.maskMsisdn(r.msisdn()), r.scope().code(),
                    PersonalData.maskNumbersIn(r.reason()), r.source(), r.createdBy(), r.createdAt());
        }
    }

    @ApiScope(Scope.OPTOUTS_READ)
    @GetMapping("/api/v1/opt-outs")
    @Operation(summary = "Opt-outs, newest first", description = "Managers see their own customers' only.")
    List<OptOutAnswer> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        int s = Math.max(1, Math.min(size, 500));
        return outbox.optOuts(null, viewers.scope(currentUser.get()), Math.max(0, page) * s, s).stream().map(OptOutAnswer::of).toList();
    }

    @ApiScope(Scope.OPTOUTS_WRITE)
    @PostMapping("/api/v1/opt-outs")
    @PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR', 'ADMIN')")
    @Operation(summary = "Opt a number out on every channel",
            description = "JSON: msisdn, scope (marketing or all; all is for supervisors and admins), reason. Audited. changed=false: it already was.")
    @ApiResponse(responseCode = "400", description = "no reason, or not a phone number")
    @ApiResponse(responseCode = "403", description = "not this user's customer, or a block by a manager")
    Changed add(@RequestBody OptOutRequest body) {
        if (body == null) throw new IllegalArgumentException("a JSON body is required");
        RetainUser me = currentUser.get();
        OptOutScope scope = body.scope() == null || body.scope().isBlank() ? OptOutScope.MARKETING : OptOutScope.ofCode(body.scope().strip());
        return new Changed(administration.add(me, body.msisdn(), scope, body.reason()));
    }

    @ApiScope(Scope.OPTOUTS_WRITE)
    @PostMapping("/api/v1/opt-outs/remove")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'ADMIN')")
    @Operation(summary = "Take back a number's opt-out", description = "JSON: msisdn, reason. Audited.")
    @ApiResponse(responseCode = "404", description = "the number has no opt-out")
    Changed remove(@RequestBody RemoveRequest body) {
        if (body == null) throw new IllegalArgumentException("a JSON body is required");
        return new Changed(administration.removeNumber(currentUser.get(), body.msisdn(), body.reason()));
    }
}
