package dev.retain.engine.care;

import dev.retain.engine.value.AccountState;
import dev.retain.engine.value.Tier;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One subscriber as the care calendar sees them (nullable fields are unknown). {@code lastContact}
 * is the last time anyone reached them; never contacted, the gap counts from {@code joinDate}.
 * {@code state} is the account state of {@code stateMonth}, the latest closed month, and
 * {@code previousState} that of the month before: a turn between them is a state moment.
 */
public record CareFacts(
        Tier tier,
        LocalDate birthDate,
        boolean lunarBirthday,
        String region,
        long points,
        LocalDate pointsExpiry,
        LocalDate contractEnd,
        LocalDate joinDate,
        LocalDate lastContact,
        YearMonth stateMonth,
        AccountState state,
        AccountState previousState) {

    public CareFacts {
        if (tier == null) tier = Tier.NONE;
    }
}
