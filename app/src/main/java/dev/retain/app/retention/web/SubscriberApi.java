package dev.retain.app.retention.web;

import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.customer.CustomerKeys;
import dev.retain.app.retention.CustomerAccess;
import dev.retain.app.retention.internal.CustomerProfile;
import dev.retain.app.retention.internal.CustomerReadModel;
import dev.retain.app.security.ApiScope;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subscriber profiles over REST. Paths carry the customer's opaque key, never the number (URLs
 * end up in logs); a caller that knows a number sends it in a POST body to find the key.
 * Personal data is masked as on the 360 view; the clear data is a POST, audited.
 */
@RestController
@Tag(name = "Customers", description = "Subscriber profiles (SPEC R1.2) by customer key, masked by default (R14.3)")
@PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR', 'ADMIN', 'ANALYST')")
class SubscriberApi {

    private final CustomerAccess access;
    private final CustomerKeys keys;
    private final CustomerReadModel customers;
    private final CurrentUser currentUser;
    private final RevealAudit reveals;
    private final Clock clock;

    SubscriberApi(CustomerAccess access, CustomerKeys keys, CustomerReadModel customers, CurrentUser currentUser,
                  RevealAudit reveals, Clock clock) {
        this.access = access;
        this.keys = keys;
        this.customers = customers;
        this.currentUser = currentUser;
        this.reveals = reveals;
        this.clock = clock;
    }

    /**
     * The profile as the API shows it. Masked, {@code msisdn} and {@code name} are masked and
     * {@code birthDate}, {@code branch} and {@code joinDate} are null (the birth decade and the
     * tenure stand in); a customer manager gets the branch; {@code email} is masked (z***@qq.com).
     * {@code preferredChannel}: sms, email or call (sms when the export did not say).
     * {@code revealed}: all in full.
     */
    record SubscriberProfile(String customerKey, String msisdn, String name, boolean revealed, String gender,
                             LocalDate birthDate, Integer birthDecade, boolean lunarBirthday, String region, String branch,
                             String brand, String tier, String groupId, LocalDate joinDate, Integer tenureYears,
                             String planId, BigDecimal minCommit, LocalDate contractEnd, long points,
                             LocalDate pointsExpiry, boolean marketingConsent, boolean dnd, String managerId,
                             int profileCompleteness, String email, String preferredChannel) {

        static SubscriberProfile of(CustomerProfile c, ShownPersonalData shown) {
            return new SubscriberProfile(c.customerKey(), shown.msisdn(), shown.name(), shown.revealed(), c.gender(),
                    shown.birthDate(), shown.birthDecade(), c.lunarBirthday(), c.region(), shown.branch(), c.brand(), c.tier(),
                    c.groupId(), shown.joinDate(), shown.tenureYears(), c.planId(), c.minCommit(), c.contractEnd(), c.points(),
                    c.pointsExpiry(), c.marketingConsent(), c.dnd(), c.managerId(), c.completeness(), shown.email(),
                    c.preferredChannelOrSms());
        }
    }

    /** A number a caller knows, in either form (13812345678 or +8613812345678). */
    record NumberSearch(String msisdn) {
    }

    @ApiScope(Scope.SUBSCRIBERS_READ)
    @GetMapping("/api/v1/subscribers/{customerKey}")
    @Operation(summary = "One subscriber's profile, masked",
            description = "Managers may read only the customers assigned to them. The customerKey comes with every row "
                    + "of the task list, or from POST /api/v1/subscribers/search.")
    @ApiResponse(responseCode = "200", description = "the profile, personal data masked")
    @ApiResponse(responseCode = "403", description = "not this user's customer (or, to a manager, no such customer)")
    @ApiResponse(responseCode = "404", description = "no such customer")
    SubscriberProfile subscriber(@Parameter(description = "the customer's opaque key") @PathVariable String customerKey) {
        RetainUser me = currentUser.get();
        return masked(me, access.openByKey(me, customerKey));
    }

    @ApiScope(Scope.SUBSCRIBERS_REVEAL)
    @PostMapping("/api/v1/subscribers/{customerKey}/reveal")
    @Operation(summary = "One subscriber's profile with the personal data in full",
            description = "Written to the audit log; refused to analysts. A POST, so that no prefetch or replayed URL reveals.")
    @ApiResponse(responseCode = "200", description = "the profile in full")
    @ApiResponse(responseCode = "403", description = "not this user's customer, or an analyst")
    @ApiResponse(responseCode = "404", description = "no such customer")
    SubscriberProfile reveal(@Parameter(description = "the customer's opaque key") @PathVariable String customerKey) {
        RetainUser me = currentUser.get();
        String msisdn = access.openByKey(me, customerKey);
        CustomerProfile profile = customers.profile(msisdn).orElseThrow(() -> new NotFoundException("customer"));
        reveals.record(me, profile.customerKey(), msisdn, "api subscriber");
        return SubscriberProfile.of(profile, ShownPersonalData.of(profile, me, true, LocalDate.now(clock)));
    }

    @ApiScope(Scope.SUBSCRIBERS_READ)
    @PostMapping("/api/v1/subscribers/search")
    @Operation(summary = "Find a subscriber by phone number",
            description = "The number goes in the body, never in a URL: {\"msisdn\": \"<the 11-digit number>\"}; its +86 and 0086 "
                    + "forms find the same customer. Returns the masked profile with its customerKey.")
    @ApiResponse(responseCode = "200", description = "the profile, personal data masked")
    @ApiResponse(responseCode = "403", description = "not this user's customer (or, to a manager, no such number)")
    @ApiResponse(responseCode = "404", description = "no such number")
    SubscriberProfile search(@RequestBody NumberSearch body) {
        RetainUser me = currentUser.get();
        String key = keys.find(body == null ? null : body.msisdn()).orElse(null);
        if (key == null) {
            if (me.scopedToOwnCustomers()) throw new AccessDeniedException(me.username() + " may not open this customer");
            throw new NotFoundException("customer");
        }
        return masked(me, access.openByKey(me, key));
    }

    private SubscriberProfile masked(RetainUser me, String msisdn) {
        CustomerProfile profile = customers.profile(msisdn).orElseThrow(() -> new NotFoundException("customer"));
        return SubscriberProfile.of(profile, ShownPersonalData.of(profile, me, false, LocalDate.now(clock)));
    }
}
