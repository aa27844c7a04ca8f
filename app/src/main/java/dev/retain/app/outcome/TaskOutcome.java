package dev.retain.app.outcome;

import dev.retain.app.security.PersonalData;
import java.time.YearMonth;

/**
 * One task's closed loop: the customer's zone in the task's month and the month after ({@code null}: the next cycle
 * has not run; {@code gone}: left, or no row), whether the task had a contact logged, and the verdict: still active,
 * in a better zone (ClosedLoopReadModel's definitions).
 */
public record TaskOutcome(String taskId, String msisdn, String customerKey, YearMonth month, String managerId, String reasons, String status,
                          boolean contacted, String zoneBefore, String zoneAfter, boolean active,
                          boolean better) {

    /** The number as every page shows it to a role without a reveal. */
    public String maskedMsisdn() {
        return PersonalData.maskMsisdn(msisdn);
    }

    public boolean measured() {
        return zoneAfter != null;
    }
}
