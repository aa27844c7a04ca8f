package dev.retain.app.retention.web;

import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.retention.CustomerAccess;
import dev.retain.app.retention.internal.CustomerProfile;
import dev.retain.app.retention.internal.CustomerReadModel;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import dev.retain.engine.value.Msisdn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Customers", description = "Subscriber profiles (SPEC R1.2), masked by default (R14.3)")
@PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR', 'ADMIN', 'ANALYST')")
class SubscriberApi {

    private final CustomerAccess access;
    private final CustomerReadModel customers;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    SubscriberApi(CustomerAccess access, CustomerReadModel customers, CurrentUser currentUser, AuditLog auditLog) {
        this.access = access;
        this.customers = customers;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** The profile as the API shows it: MSISDN and name masked unless {@code revealed}. */
    record SubscriberProfile(String msisdn, String name, boolean revealed, String gender, LocalDate birthDate,
                             boolean lunarBirthday, String region, String branch, String brand, String tier, String groupId,
                             LocalDate joinDate, String planId, BigDecimal minCommit, LocalDate contractEnd, long points,
                             LocalDate pointsExpiry, boolean marketingConsent, boolean dnd, String managerId,
                             int profileCompleteness) {

        static SubscriberProfile of(CustomerProfile c, boolean reveal) {
            return new SubscriberProfile(reveal ? c.receivedMsisdn() : c.maskedMsisdn(), reveal ? c.name() : c.maskedName(), reveal,
                    c.gender(), c.birthDate(), c.lunarBirthday(), c.region(), c.branch(), c.brand(), c.tier(), c.groupId(),
                    c.joinDate(), c.planId(), c.minCommit(), c.contractEnd(), c.points(), c.pointsExpiry(),
                    c.marketingConsent(), c.dnd(), c.managerId(), c.completeness());
        }
    }

    @GetMapping("/api/v1/subscribers/{msisdn}")
    @Operation(summary = "One subscriber's profile",
            description = "Managers may read only the customers assigned to them. reveal=true returns the clear MSISDN "
                    + "and name, is written to the audit log, and is refused to analysts.")
    @ApiResponse(responseCode = "200", description = "the profile")
    @ApiResponse(responseCode = "403", description = "not this user's customer, or an analyst asking to reveal")
    @ApiResponse(responseCode = "404", description = "no such subscriber")
    SubscriberProfile subscriber(@PathVariable("msisdn") String number,
                                 @Parameter(description = "return the clear MSISDN and name (audited)")
                                 @RequestParam(defaultValue = "false") boolean reveal) {
        String msisdn = Msisdn.canonical(number.strip()); // either form finds the customer
        RetainUser me = currentUser.get();
        access.requireMayOpen(me, msisdn);
        if (reveal && !me.mayRevealPersonalData()) throw new AccessDeniedException(me.username() + " may not reveal");
        CustomerProfile profile = customers.profile(msisdn).orElseThrow(() -> new NotFoundException("subscriber"));
        if (reveal) auditLog.revealed(me, msisdn, "api subscriber");
        return SubscriberProfile.of(profile, reveal);
    }
}
