package dev.retain.app.retention.web;

import dev.retain.app.retention.ContactForm;
import dev.retain.app.retention.Contacts;
import dev.retain.app.retention.CustomerAccess;
import dev.retain.app.retention.internal.CustomerHistory.ContactEntry;
import dev.retain.app.retention.internal.CustomerReadModel;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import dev.retain.engine.value.Msisdn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Contacts", description = "The unified contact history across channels (SPEC R8.1)")
@PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR', 'ADMIN', 'ANALYST')")
class ContactApi {

    private final CustomerAccess access;
    private final CustomerReadModel customers;
    private final Contacts contacts;
    private final CurrentUser currentUser;

    ContactApi(CustomerAccess access, CustomerReadModel customers, Contacts contacts, CurrentUser currentUser) {
        this.access = access;
        this.customers = customers;
        this.contacts = contacts;
        this.currentUser = currentUser;
    }

    record ContactSaved(long id) {
    }

    @GetMapping("/api/v1/contacts")
    @Operation(summary = "A customer's contact history, newest first", description = "Managers only for their own customers.")
    @ApiResponse(responseCode = "403", description = "not this user's customer")
    List<ContactEntry> history(@Parameter(description = "the customer's MSISDN, with or without +86") @RequestParam("msisdn") String number) {
        String msisdn = Msisdn.canonical(number.strip());
        access.requireMayOpen(currentUser.get(), msisdn);
        return customers.contacts(msisdn);
    }

    @PostMapping("/api/v1/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR')")
    @Operation(summary = "Record a contact, with or without a task (e.g. a hotline call)",
            description = "msisdn is required in the body. With a taskId it handles that task as /tasks/{taskId}/outcome does.")
    @ApiResponse(responseCode = "400", description = "a field is invalid or msisdn is missing")
    @ApiResponse(responseCode = "403", description = "not this user's customer, or a read-only role")
    ContactSaved record(@Valid @RequestBody ContactForm body) {
        RetainUser me = currentUser.get();
        if (body.getMsisdn() == null || body.getMsisdn().isBlank()) throw new IllegalArgumentException("msisdn is required");
        // the key is the canonical number: +86… and the national form find the same customer
        return new ContactSaved(contacts.log(me, Msisdn.canonical(body.getMsisdn().strip()), body));
    }
}
