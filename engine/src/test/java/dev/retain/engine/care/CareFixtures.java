package dev.retain.engine.care;

import dev.retain.engine.value.AccountState;
import dev.retain.engine.value.Tier;
import java.time.LocalDate;
import java.time.YearMonth;

/** Subscribers for the care tests: one fact set at a time on top of a quiet default (no birthday, points, contract or gap). */
final class CareFixtures {

    private Tier tier = Tier.GOLD;
    private LocalDate birthDate;
    private boolean lunar;
    private String region = "hangzhou";
    private long points;
    private LocalDate pointsExpiry;
    private LocalDate contractEnd;
    private LocalDate joinDate;
    private LocalDate lastContact;
    private YearMonth stateMonth;
    private AccountState state;
    private AccountState previousState;

    static CareFixtures subscriber(Tier tier) {
        CareFixtures f = new CareFixtures();
        f.tier = tier;
        return f;
    }

    CareFixtures born(String date) {
        birthDate = LocalDate.parse(date);
        return this;
    }

    CareFixtures bornLunar(String date) {
        born(date);
        lunar = true;
        return this;
    }

    CareFixtures inRegion(String r) {
        region = r;
        return this;
    }

    CareFixtures points(long p, String expiry) {
        points = p;
        pointsExpiry = LocalDate.parse(expiry);
        return this;
    }

    CareFixtures contractEnds(String date) {
        contractEnd = LocalDate.parse(date);
        return this;
    }

    CareFixtures joined(String date) {
        joinDate = LocalDate.parse(date);
        return this;
    }

    CareFixtures lastContact(String date) {
        lastContact = LocalDate.parse(date);
        return this;
    }

    CareFixtures state(String month, AccountState before, AccountState now) {
        stateMonth = YearMonth.parse(month);
        previousState = before;
        state = now;
        return this;
    }

    CareFacts facts() {
        return new CareFacts(tier, birthDate, lunar, region, points, pointsExpiry, contractEnd, joinDate, lastContact, stateMonth, state, previousState);
    }
}
