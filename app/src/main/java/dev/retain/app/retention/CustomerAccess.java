package dev.retain.app.retention;

import dev.retain.app.assignment.Assignments;
import dev.retain.app.assignment.CurrentAssignment;
import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.customer.CustomerKeys;
import dev.retain.app.customer.ImportedProvince;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.RetainUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Who may open which customer (SPEC R14.2): a manager only the customers currently assigned
 * to them; supervisors, admins and analysts the whole province. Every page and API call about
 * one customer asks here first.
 */
@Service
public class CustomerAccess {

    private final Assignments assignments;
    private final ImportedProvince province;
    private final CustomerKeys keys;

    CustomerAccess(Assignments assignments, ImportedProvince province, CustomerKeys keys) {
        this.assignments = assignments;
        this.province = province;
        this.keys = keys;
    }

    /**
     * The number behind a customer key (what URLs carry), after {@link #requireMayOpen}: a
     * manager is refused (403) an unknown key as well as someone else's customer, a
     * province-wide user gets 404 for an unknown key.
     */
    public String openByKey(RetainUser user, String customerKey) {
        String msisdn = keys.msisdnOf(customerKey).orElse(null);
        if (msisdn == null) {
            if (user.scopedToOwnCustomers()) throw new AccessDeniedException(user.username() + " may not open this customer");
            throw new NotFoundException("customer");
        }
        requireMayOpen(user, msisdn);
        return msisdn;
    }

    /** {@link #openByKey} for writing (contacts, notes): not analysts, and only where they may open. */
    public String writeByKey(RetainUser user, String customerKey) {
        if (!user.canWrite()) throw new AccessDeniedException(user.username() + " is read-only");
        return openByKey(user, customerKey);
    }

    public boolean mayOpen(RetainUser user, String msisdn) {
        if (!user.scopedToOwnCustomers()) return true;
        return user.managerId() != null
                && assignments.assignmentOf(msisdn).map(CurrentAssignment::managerId).filter(user.managerId()::equals).isPresent();
    }

    /**
     * Refuses (403) a manager's look at someone else's customer, whether or not the number
     * exists, so that refusals tell nothing; a province-wide user gets 404 for an unknown number.
     */
    public void requireMayOpen(RetainUser user, String msisdn) {
        if (!mayOpen(user, msisdn)) {
            throw new AccessDeniedException(user.username() + " may not open " + PersonalData.maskMsisdn(msisdn));
        }
        if (!province.hasSubscriber(msisdn)) throw new NotFoundException("subscriber " + PersonalData.maskMsisdn(msisdn));
    }

    /** Writing about a customer (contacts, notes): not analysts (read-only), and only where they may open. */
    public void requireMayWrite(RetainUser user, String msisdn) {
        if (!user.canWrite()) throw new AccessDeniedException(user.username() + " is read-only");
        requireMayOpen(user, msisdn);
    }
}
