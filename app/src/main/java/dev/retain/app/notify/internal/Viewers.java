package dev.retain.app.notify.internal;

import dev.retain.app.assignment.Assignments;
import dev.retain.app.assignment.CurrentAssignment;
import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.customer.CustomerKeys;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.RetainUser;
import dev.retain.engine.value.Msisdn;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose messages and opt-outs a user may see (SPEC R14.2), as the retention module decides for the
 * 360 view: managers only the customers assigned to them, and for anyone else's customer or an
 * unknown key the same 403; everyone else (supervisors, admins, analysts, integration clients) the
 * province, with 404 for an unknown key.
 */
@Component
public class Viewers {

    private final Assignments assignments;
    private final CustomerKeys keys;

    Viewers(Assignments assignments, CustomerKeys keys) {
        this.assignments = assignments;
        this.keys = keys;
    }

    /** Whose customers the user sees in a list. */
    public OutboxReadModel.CustomerScope scope(RetainUser user) {
        return user.scopedToOwnCustomers() ? new OutboxReadModel.CustomerScope(true, user.managerId()) : OutboxReadModel.CustomerScope.province();
    }

    public boolean mayOpen(RetainUser user, String msisdn) {
        if (!user.scopedToOwnCustomers()) return true;
        return user.managerId() != null && msisdn != null
                && assignments.assignmentOf(msisdn).map(CurrentAssignment::managerId).filter(user.managerId()::equals).isPresent();
    }

    /** The canonical number behind a customer key, when the user may open that customer. */
    public String openByKey(RetainUser user, String customerKey) {
        String msisdn = keys.msisdnOf(customerKey == null ? null : customerKey.strip()).orElse(null);
        if (msisdn == null) {
            if (user.scopedToOwnCustomers()) throw new AccessDeniedException(user.username() + " may not open this customer");
            throw new NotFoundException("customer");
        }
        requireMayOpen(user, msisdn);
        return msisdn;
    }

    /** A number someone typed or sent, in its canonical form, when the user may see it (not only customers: service messages reach others). */
    public String openByNumber(RetainUser user, String number) {
        String n = number == null ? "" : number.strip();
        if (!Msisdn.isValid(n)) throw new IllegalArgumentException("msisdn: not a phone number");
        String msisdn = Msisdn.canonical(n);
        requireMayOpen(user, msisdn);
        return msisdn;
    }

    public void requireMayOpen(RetainUser user, String msisdn) {
        if (!mayOpen(user, msisdn)) throw new AccessDeniedException(user.username() + " may not open " + PersonalData.maskMsisdn(msisdn));
    }
}
