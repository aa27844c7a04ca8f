package dev.retain.app.retention.web;

import dev.retain.app.security.CurrentUser;
import dev.retain.app.security.RetainUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The logged-in manager's call list of a day, downloaded from My tasks. A POST, as every
 * showing of full numbers is: a GET could be prefetched, cached or replayed from a history.
 */
@Controller
@PreAuthorize("hasAnyRole('PHONE_MANAGER', 'CUSTOMER_MANAGER')")
class CallListController {

    private final CallListCsv csv;
    private final CurrentUser currentUser;
    private final Clock clock;

    CallListController(CallListCsv csv, CurrentUser currentUser, Clock clock) {
        this.csv = csv;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PostMapping("/tasks/call-list.csv")
    void download(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Locale locale,
                  HttpServletResponse response) throws IOException {
        RetainUser me = currentUser.get();
        // a manager login without a managers.csv id has no tasks: an empty list, never the unassigned ones
        String managerId = me.managerId() == null ? "" : me.managerId();
        csv.write(me, managerId, date == null ? LocalDate.now(clock) : date, locale, true, response);
    }
}
