package dev.retain.app.retention.internal;

import dev.retain.app.security.PersonalData;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The subscriber as the 360 view shows it, with plan, group and assigned manager joined in.
 * {@code msisdn} is the key (the canonical number); {@code receivedMsisdn} the number as the
 * operator's file wrote it, which is what a screen shows (both mask alike); {@code customerKey}
 * is the opaque key that links and forms use instead of the number.
 */
public record CustomerProfile(String msisdn, String customerKey, String name, String gender, LocalDate birthDate, boolean lunarBirthday,
                              String region, String branch, String brand, String tier, String groupId, String groupName,
                              LocalDate joinDate, String planId, String planName, BigDecimal planMonthlyFee,
                              BigDecimal minCommit, LocalDate contractEnd, boolean contractEndsSoon, long points,
                              LocalDate pointsExpiry, boolean pointsExpireSoon, boolean marketingConsent, boolean dnd,
                              String managerId, String managerName, String managerRole, boolean hasNeedsNote,
                              String receivedMsisdn, String email, String preferredChannel) {

    public String maskedMsisdn() {
        return PersonalData.maskMsisdn(msisdn);
    }

    public String maskedEmail() {
        return PersonalData.maskEmail(email);
    }

    /** The channel the customer prefers: {@code sms} when the export did not say. */
    public String preferredChannelOrSms() {
        return preferredChannel == null ? "sms" : preferredChannel;
    }

    public String maskedName() {
        return PersonalData.maskName(name);
    }

    /**
     * Share (0–100) of the optional profile facts that are known (SPEC R1.5). Counted: gender,
     * birth date, branch, enterprise group, plan, contract end, and whether a needs note
     * exists; the required columns (name, region, brand, join date) are always there, and
     * points or consent flags have defaults, so they say nothing about completeness.
     */
    public int completeness() {
        boolean[] known = {gender != null, birthDate != null, branch != null, groupId != null, planId != null,
                contractEnd != null, hasNeedsNote};
        int filled = 0;
        for (boolean k : known) if (k) filled++;
        return Math.round(100f * filled / known.length);
    }
}
