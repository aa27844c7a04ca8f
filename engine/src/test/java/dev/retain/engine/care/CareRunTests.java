package dev.retain.engine.care;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.value.AccountState;
import dev.retain.engine.value.Tier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Property tests over seeded random subscribers: nothing twice, nothing missed, columns = one by one. */
class CareRunTests {

    private static final CareCalendars CALENDARS = CareCalendars.official();
    private final CareSettings settings = CareSettings.defaults();
    private final CarePlaybook playbook = CarePlaybook.defaults();
    private final List<CareFacts> subscribers = randomSubscribers(new Random(11), 5_000);
    private final CareColumns columns = CareColumns.of(subscribers, CALENDARS.lunar());

    @Test
    void runningEveryDayCreatesEachDatedMomentOnceAndMissesNoBirthday() {
        Map<String, Integer> seen = new HashMap<>();
        LocalDate from = LocalDate.of(2027, 1, 1);
        LocalDate to = LocalDate.of(2028, 3, 1);
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            KeyMoments.dueForAll(columns, CareDay.of(d, settings, playbook, CALENDARS, List.of())).forEach((row, m) -> {
                if (m.kind() != MomentKind.SUSPENSION && m.kind() != MomentKind.PAYMENT_DUE) seen.merge(row + "|" + m.id(), 1, Integer::sum);
            });
        }
        assertThat(seen.values()).as("a dated moment is prepared on one day only").containsOnly(1);
        for (int row = 0; row < subscribers.size(); row++) {
            CareFacts s = subscribers.get(row);
            if (s.birthDate() == null) continue;
            if (s.lunarBirthday()) {
                // lunar 2027 runs from 2027-02-06 to 2028-01-25: every lunar birthday falls in it once, leap months and day 30 included
                assertThat(seen).as("row %d born %s (lunar)", row, s.birthDate()).containsKey(row + "|birthday:lunar-2027");
            } else if (s.birthDate().getDayOfYear() > 4) {
                assertThat(seen).as("row %d born %s", row, s.birthDate()).containsKey(row + "|birthday:2027");
            }
        }
    }

    @Test
    void aDayRunTwiceGivesTheSameMoments() {
        LocalDate day = LocalDate.of(2027, 9, 8);
        assertThat(ids(KeyMoments.dueForAll(columns, CareDay.of(day, settings, playbook, CALENDARS, List.of()))))
                .isEqualTo(ids(KeyMoments.dueForAll(columns, CareDay.of(day, settings, playbook, CALENDARS, List.of()))))
                .isNotEmpty();
    }

    @Test
    void theColumnarRunEqualsTheOneByOneRun() {
        RegionEvent flood = new RegionEvent("flood-1", "wenzhou", LocalDate.of(2027, 9, 8), LocalDate.of(2027, 9, 9), "洪水", null);
        CareDay day = CareDay.of(LocalDate.of(2027, 9, 8), settings, playbook, CALENDARS, List.of(flood));
        List<String> oneByOne = new ArrayList<>();
        for (int row = 0; row < subscribers.size(); row++) {
            for (DueMoment m : KeyMoments.dueFor(subscribers.get(row), day)) oneByOne.add(row + "|" + m.id() + "|" + m.action());
        }
        List<String> columnar = new ArrayList<>();
        KeyMoments.dueForAll(columns, day).forEach((row, m) -> columnar.add(row + "|" + m.id() + "|" + m.action()));
        assertThat(columnar).isEqualTo(oneByOne).anyMatch(s -> s.contains("region-event:flood-1"));
    }

    @Test
    void aCatchUpRunPreparesWhatTheMissedDaysWouldHaveExceptPassedGreetings() {
        LocalDate last = LocalDate.of(2027, 5, 3);
        LocalDate today = LocalDate.of(2027, 5, 10);
        Set<String> daily = new HashSet<>();
        for (LocalDate d = last.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            KeyMoments.dueForAll(columns, CareDay.of(d, settings, playbook, CALENDARS, List.of())).forEach((row, m) -> {
                boolean passed = m.occursOn().isBefore(today) && m.kind() != MomentKind.NO_CONTACT
                        && m.kind() != MomentKind.SUSPENSION && m.kind() != MomentKind.PAYMENT_DUE;
                if (!passed) daily.add(row + "|" + m.id());
            });
        }
        Set<String> caughtUp = ids(KeyMoments.dueForAll(columns, CareDay.catchingUp(last, today, settings, playbook, CALENDARS, List.of())));
        assertThat(caughtUp).isEqualTo(daily).isNotEmpty();
    }

    private static Set<String> ids(DueMoments due) {
        Set<String> ids = new HashSet<>();
        due.forEach((row, m) -> ids.add(row + "|" + m.id()));
        return ids;
    }

    static List<CareFacts> randomSubscribers(Random r, int n) {
        Tier[] tiers = Tier.values();
        String[] regions = {"hangzhou", "wenzhou", "ningbo"};
        List<CareFacts> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LocalDate birth = r.nextInt(10) == 0 ? null : LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 55));
            LocalDate join = LocalDate.of(2010, 1, 1).plusDays(r.nextInt(365 * 16));
            LocalDate lastContact = r.nextBoolean() ? null : LocalDate.of(2026, 6, 1).plusDays(r.nextInt(400));
            AccountState before = r.nextInt(10) == 0 ? AccountState.ACTIVE : null;
            AccountState now = before == null ? null : AccountState.values()[r.nextInt(3)];
            list.add(new CareFacts(tiers[r.nextInt(tiers.length)], birth, r.nextInt(4) == 0, regions[r.nextInt(3)],
                    r.nextInt(3) == 0 ? 0 : r.nextInt(20_000), LocalDate.of(2027, 1, 1).plusDays(r.nextInt(400)),
                    r.nextBoolean() ? null : LocalDate.of(2027, 1, 1).plusDays(r.nextInt(400)), join, lastContact,
                    YearMonth.of(2027, 1 + r.nextInt(12)), now, before));
        }
        return list;
    }
}
