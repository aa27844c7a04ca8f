package dev.retain.app.notify.internal;

import dev.retain.app.customer.CustomerKeys;
import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.security.AuditLog;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.RetainUser;
import dev.retain.app.security.Role;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opt-outs staff record or take back, on the customer's word (a call, a letter, a complaint): each
 * with a reason, in opt_out_change and in the audit log (the customer named by key and masked
 * number, so the trail holds no full number). Managers add opt-outs for their own customers;
 * taking one back, or blocking even service messages, is for supervisors and admins.
 */
@Service
public class OptOutAdministration {

    public static final String ADDED = "opt_out_added";
    public static final String REMOVED = "opt_out_removed";
    static final int MAX_REASON = 200;

    private final OptOuts optOuts;
    private final Viewers viewers;
    private final CustomerKeys keys;
    private final AuditLog auditLog;
    private final Clock clock;

    OptOutAdministration(OptOuts optOuts, Viewers viewers, CustomerKeys keys, AuditLog auditLog, Clock clock) {
        this.optOuts = optOuts;
        this.viewers = viewers;
        this.keys = keys;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Opts the number out (or widens to a block); false when it already was. */
    @Transactional
    public boolean add(RetainUser by, String number, OptOutScope scope, String reason) {
        String why = reason(reason);
        if (!by.canWrite()) throw new AccessDeniedException(by.username() + " is read-only");
        if (scope == OptOutScope.ALL && !mayOverrule(by)) throw new AccessDeniedException("a block of service messages is for supervisors");
        String msisdn = viewers.openByNumber(by, number);
        boolean changed = optOuts.add(msisdn, scope, why, "staff", by.username(), clock.instant());
        if (changed) auditLog.record(by, ADDED, subject(msisdn), scope.code() + ": " + PersonalData.maskNumbersIn(why));
        return changed;
    }

    /**
     * Blocking service messages and taking an opt-out back are for supervisors, admins and integration
     * clients with the scope: managers and complaint handlers record what a customer asked for, they do
     * not overrule it.
     */
    public static boolean mayOverrule(RetainUser by) {
        return by.canWrite() && !by.role().isManager() && by.role() != Role.COMPLAINT_HANDLER;
    }

    /** Takes back the opt-out with this id; false when it is gone already. */
    @Transactional
    public boolean remove(RetainUser by, long optOutId, String reason) {
        String why = reason(reason);
        if (!mayOverrule(by)) throw new AccessDeniedException(by.username() + " may not take back an opt-out");
        OptOuts.OptOut optOut = optOuts.byId(optOutId).orElseThrow(() -> new NotFoundException("opt-out"));
        boolean removed = optOuts.remove(optOut.msisdn(), why, by.username(), clock.instant());
        if (removed) auditLog.record(by, REMOVED, subject(optOut.msisdn()), optOut.scope().code() + ": " + PersonalData.maskNumbersIn(why));
        return removed;
    }

    /** Takes back the opt-out of a number (the API's form). */
    @Transactional
    public boolean removeNumber(RetainUser by, String number, String reason) {
        String msisdn = viewers.openByNumber(by, number);
        OptOuts.OptOut optOut = optOuts.of(msisdn).orElseThrow(() -> new NotFoundException("opt-out"));
        return remove(by, optOut.id(), reason);
    }

    private String subject(String msisdn) {
        return keys.keyOf(msisdn).map(k -> "customer " + k + " ").orElse("") + PersonalData.maskMsisdn(msisdn);
    }

    private static String reason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) throw new IllegalArgumentException("reason: say why");
        if (r.length() > MAX_REASON) throw new IllegalArgumentException("reason: at most " + MAX_REASON + " characters");
        return r;
    }
}
