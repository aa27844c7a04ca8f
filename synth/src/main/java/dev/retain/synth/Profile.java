package dev.retain.synth;

import dev.retain.engine.value.Brand;
import dev.retain.engine.value.Tier;
import java.time.LocalDate;

/**
 * Everything about a subscriber that does not change month to month, plus the personal
 * usage levels their monthly history is drawn around.
 *
 * @param joinedInWindow whether the subscriber joined during the window (else before it)
 * @param joinIndex     month of the window in which usage starts (0 for subscribers who joined before it)
 * @param joinFraction  share of the join month the subscriber was connected (1 when joined before the window)
 * @param contract      whether the subscriber signed the plan's minimum-spend commitment
 * @param legacyCommitFen an old agreement's commitment that overrides the plan's, or -1
 * @param hasExtras     pays for value-added services, roaming or a handset instalment on top of the plan
 * @param churnProneness multiplier on the monthly chance to start drifting toward churn
 */
record Profile(
        long index,
        byte[] msisdn,
        String name,
        char gender,
        LocalDate birthDate,
        boolean lunarBirthday,
        Region region,
        String branch,
        Brand brand,
        Tier tier,
        boolean tierKnown,
        byte[] groupId,
        LocalDate joinDate,
        boolean joinedInWindow,
        int joinIndex,
        double joinFraction,
        CataloguePlan plan,
        boolean contract,
        long legacyCommitFen,
        LocalDate contractEnd,
        long points,
        LocalDate pointsExpiry,
        Boolean marketingConsent,
        boolean dnd,
        double mouLevel,
        double dataLevel,
        double smsLevel,
        double extrasLevel,
        boolean hasExtras,
        double churnProneness) {
}
