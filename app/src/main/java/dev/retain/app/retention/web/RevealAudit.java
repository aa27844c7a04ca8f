package dev.retain.app.retention.web;

import dev.retain.app.security.AuditLog;
import dev.retain.app.security.PersonalData;
import dev.retain.app.security.RetainUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * A reveal of a customer's personal data (SPEC R14.3): refused to roles that may never see it
 * (analysts), otherwise written to the audit log before anything is shown. The log names the
 * customer by key and masked number, so the audit trail itself holds no full number.
 */
@Component
class RevealAudit {

    private final AuditLog auditLog;

    RevealAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    void record(RetainUser user, String customerKey, String msisdn, String where) {
        if (!user.mayRevealPersonalData()) throw new AccessDeniedException(user.username() + " may not reveal personal data");
        auditLog.record(user, AuditLog.REVEAL, subject(customerKey), where + " · " + PersonalData.maskMsisdn(msisdn));
    }

    /** How the audit log names a customer. */
    static String subject(String customerKey) {
        return "customer " + customerKey;
    }
}
