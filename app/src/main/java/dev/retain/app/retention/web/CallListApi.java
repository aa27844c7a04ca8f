package dev.retain.app.retention.web;

import dev.retain.app.security.ApiScope;
import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Call lists for dialers over the API (SPEC R13.2): a manager's own, or any manager's for a supervisor or a dialer system. */
@RestController
@Tag(name = "Call lists", description = "A manager's calls of a day as CSV for a dialer (SPEC R13.2), with full numbers: every download is audited")
@PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER', 'SUPERVISOR')")
class CallListApi {

    private final CallListCsv csv;
    private final CurrentUser currentUser;
    private final Clock clock;

    CallListApi(CallListCsv csv, CurrentUser currentUser, Clock clock) {
        this.csv = csv;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @ApiScope(Scope.TASKS_READ)
    @GetMapping(value = "/api/v1/call-lists", produces = "text/csv")
    @Operation(summary = "A manager's call list of a day, as CSV",
            description = "The manager's open tasks due that day or before, most urgent first: seq, msisdn (in full, national form), "
                    + "customer (masked name), task_id, kind, due_date; headers in the request's language (?lang=en for English). "
                    + "Customers the contact policy forbids to call are left out. Managers get only their own list; every download "
                    + "is an export in the audit log.")
    @ApiResponse(responseCode = "200", description = "the CSV (UTF-8)")
    @ApiResponse(responseCode = "400", description = "managerId missing (supervisors and clients must name one) or a malformed date")
    @ApiResponse(responseCode = "403", description = "another manager's list, or a role that may not see full numbers")
    void callList(@Parameter(description = "the manager (managers.csv id); a manager may leave it out") @RequestParam(required = false) String managerId,
                  @Parameter(description = "the day, YYYY-MM-DD; today in the business time zone when left out")
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                  Locale locale, HttpServletResponse response) throws IOException {
        RetainUser me = currentUser.get();
        String manager = managerId == null || managerId.isBlank() ? null : managerId.trim();
        if (me.scopedToOwnCustomers()) {
            if (manager != null && !manager.equals(me.managerId())) {
                throw new AccessDeniedException(me.username() + " may download only their own call list");
            }
            manager = me.managerId() == null ? "" : me.managerId();
        } else if (manager == null) {
            throw new IllegalArgumentException("managerId is required");
        }
        csv.write(me, manager, date == null ? LocalDate.now(clock) : date, locale, false, response);
    }
}
