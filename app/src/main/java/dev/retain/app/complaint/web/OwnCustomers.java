package dev.retain.app.complaint.web;

import dev.retain.app.assignment.Assignments;
import dev.retain.app.security.RetainUser;
import dev.retain.engine.value.Msisdn;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Managers record complaints of their own customers only (R14.2): anyone else's number is the same 403 as an unknown one. */
@Component
class OwnCustomers {

    private final Assignments assignments;

    OwnCustomers(Assignments assignments) {
        this.assignments = assignments;
    }

    void requireOwnCustomer(RetainUser user, String msisdn) {
        if (!user.scopedToOwnCustomers()) return;
        String canonical = Msisdn.canonical(msisdn.trim());
        if (!assignments.managedBy(canonical, user.managerId())) throw new AccessDeniedException("not one of your customers");
    }
}
