package dev.retain.app.retention.web;

import dev.retain.app.retention.internal.CustomerProfile;
import dev.retain.app.security.Role;
import dev.retain.app.security.RetainUser;
import java.time.LocalDate;
import java.time.Period;

/**
 * The personal data of one customer as a viewer may see it (SPEC R14.3; the decision and its
 * reasons are in docs/ARCHITECTURE.md, "Security"). Personal data: the number, the name, the
 * birth date, the branch (the district), the join date and the email address — each alone or
 * together they point at one person. Masked, each keeps what the work needs: the number's head
 * and tail, the name's first character, the birth decade, the region (city, always shown), the
 * tenure in whole years, and the address's first character and provider (z***@qq.com). In full only after an audited reveal, except the branch for a customer manager,
 * who visits their own customers there. The null fields are the ones this viewer does not see.
 */
public record ShownPersonalData(boolean revealed, String msisdn, String name, LocalDate birthDate, Integer birthDecade,
                                String branch, boolean branchMasked, LocalDate joinDate, Integer tenureYears,
                                String email) {

    public static ShownPersonalData of(CustomerProfile c, RetainUser viewer, boolean revealed, LocalDate today) {
        boolean branchVisible = revealed || viewer.role() == Role.CUSTOMER_MANAGER;
        return new ShownPersonalData(revealed,
                revealed ? c.receivedMsisdn() : c.maskedMsisdn(),
                revealed ? c.name() : c.maskedName(),
                revealed ? c.birthDate() : null,
                c.birthDate() == null ? null : c.birthDate().getYear() / 10 * 10,
                branchVisible ? c.branch() : null,
                !branchVisible && c.branch() != null,
                revealed ? c.joinDate() : null,
                c.joinDate() == null || c.joinDate().isAfter(today) ? null : Period.between(c.joinDate(), today).getYears(),
                revealed ? c.email() : c.maskedEmail());
    }
}
