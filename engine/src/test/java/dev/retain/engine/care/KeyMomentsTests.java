package dev.retain.engine.care;

import static dev.retain.engine.care.CareFixtures.subscriber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.engine.value.AccountState;
import dev.retain.engine.value.Tier;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which moments fall due on which day, with the default settings (birthday 3 days ahead, festivals 7, expiry 30, gap 7) and playbook. */
class KeyMomentsTests {

    private static final CareCalendars CALENDARS = CareCalendars.official();
    private final CareSettings settings = CareSettings.defaults();
    private final CarePlaybook playbook = CarePlaybook.defaults();

    @Test
    void aSolarBirthdayIsPreparedThreeDaysAheadWithAGiftTaskForGold() {
        CareFixtures gold = subscriber(Tier.GOLD).born("1985-06-12");
        assertThat(due(gold, "2027-06-08")).isEmpty();
        List<DueMoment> due = due(gold, "2027-06-09");
        assertThat(due).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MomentKind.BIRTHDAY);
            assertThat(m.id()).isEqualTo("birthday:2027");
            assertThat(m.occursOn()).isEqualTo(LocalDate.of(2027, 6, 12));
            assertThat(m.action()).isEqualTo(new CareAction(CareAction.Type.BOTH, "birthday", "gift"));
        });
        assertThat(due(subscriber(Tier.SILVER).born("1985-06-12"), "2027-06-09")).singleElement()
                .extracting(DueMoment::action).isEqualTo(new CareAction(CareAction.Type.MESSAGE, "birthday", null));
    }

    @Test
    void bornOnThe29thOfFebruaryIsGreetedForThe28thInACommonYear() {
        CareFixtures leap = subscriber(Tier.SILVER).born("1988-02-29");
        assertThat(due(leap, "2027-02-25")).extracting(DueMoment::occursOn).containsExactly(LocalDate.of(2027, 2, 28));
        assertThat(due(leap, "2028-02-26")).extracting(DueMoment::occursOn).containsExactly(LocalDate.of(2028, 2, 29));
        assertThat(due(leap, "2028-02-25")).as("28 Feb 2028 is not their day in a leap year").isEmpty();
    }

    @Test
    void aLunarBirthdayFollowsTheOfficialCalendarNotIcu() {
        // born on the Spring Festival 1990: in 2027 the birthday is 2027-02-06 (ICU alone: 02-07)
        CareFixtures lunar = subscriber(Tier.SILVER).bornLunar("1990-01-27");
        assertThat(due(lunar, "2027-02-03")).filteredOn(m -> m.kind() == MomentKind.BIRTHDAY).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("birthday:lunar-2027");
            assertThat(m.occursOn()).isEqualTo(LocalDate.of(2027, 2, 6));
        });
        assertThat(due(lunar, "2027-02-04")).filteredOn(m -> m.kind() == MomentKind.BIRTHDAY).isEmpty();
    }

    @Test
    void aDay30LunarBirthdayIsGreetedOnThe29thOfA29DayMonth() {
        // born on 除夕 2024 (腊月三十); lunar 2026's 12th month has 29 days: the birthday is 2027-02-05
        CareFixtures eve = subscriber(Tier.SILVER).bornLunar("2024-02-09");
        assertThat(due(eve, "2027-02-02")).filteredOn(m -> m.kind() == MomentKind.BIRTHDAY)
                .extracting(DueMoment::id, DueMoment::occursOn).containsExactly(org.assertj.core.groups.Tuple.tuple("birthday:lunar-2026", LocalDate.of(2027, 2, 5)));
    }

    @Test
    void festivalsComeFromTheTableWithGiftsForTheTopTiersAtSpringAndMidAutumn() {
        List<DueMoment> gold = due(subscriber(Tier.GOLD), "2027-01-30");
        assertThat(gold).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("festival:spring:2027");
            assertThat(m.occursOn()).isEqualTo(LocalDate.of(2027, 2, 6));
            assertThat(m.occasion()).isEqualTo("spring");
            assertThat(m.action()).isEqualTo(new CareAction(CareAction.Type.BOTH, "festival", "gift"));
        });
        assertThat(due(subscriber(Tier.SILVER), "2027-01-30")).singleElement().extracting(DueMoment::action)
                .isEqualTo(new CareAction(CareAction.Type.MESSAGE, "festival", null));
        assertThat(due(subscriber(Tier.NONE), "2027-01-30")).isEmpty();
        assertThat(due(subscriber(Tier.GOLD), "2027-01-31")).as("ICU's date minus 7").isEmpty();
        assertThat(due(subscriber(Tier.GOLD), "2027-06-02")).singleElement().extracting(DueMoment::action)
                .isEqualTo(new CareAction(CareAction.Type.MESSAGE, "festival", null));
        // Mid-Autumn and National Day on the same day in 2031: two moments
        assertThat(due(subscriber(Tier.DIAMOND), "2031-09-24")).extracting(DueMoment::id)
                .containsExactly("festival:mid-autumn:2031", "festival:national-day:2031");
    }

    @Test
    void aYearOutsideTheFestivalTableGreetsNoFestivalAndSaysSo() {
        CareDay day = CareDay.of(LocalDate.of(2035, 12, 25), settings, playbook, CALENDARS, List.of());
        assertThat(KeyMoments.dueFor(subscriber(Tier.GOLD).facts(), day)).isEmpty();
        assertThat(day.notes()).containsExactly("no festival greetings for 2036: the festival table covers 2024-2035 (add the year's official dates)");
        // birthdays still work there, lunar ones on ICU's calendar (lunar 2036 starts on 2036-01-28)
        CareDay newYear = CareDay.of(LocalDate.of(2035, 12, 29), settings, playbook, CALENDARS, List.of());
        assertThat(KeyMoments.dueFor(subscriber(Tier.SILVER).born("1980-01-01").facts(), newYear)).extracting(DueMoment::id).containsExactly("birthday:2036");
        CareDay lunarNewYear = CareDay.of(LocalDate.of(2036, 1, 25), settings, playbook, CALENDARS, List.of());
        assertThat(KeyMoments.dueFor(subscriber(Tier.SILVER).bornLunar("1990-01-27").facts(), lunarNewYear))
                .extracting(DueMoment::id, DueMoment::occursOn).containsExactly(org.assertj.core.groups.Tuple.tuple("birthday:lunar-2036", LocalDate.of(2036, 1, 28)));
    }

    @Test
    void pointsAndContractExpiryThirtyDaysAhead() {
        CareFixtures s = subscriber(Tier.SILVER).points(5_000, "2027-06-30").contractEnds("2027-07-15");
        assertThat(due(s, "2027-05-31")).extracting(DueMoment::id).containsExactly("points-expiry:2027-06-30");
        assertThat(due(s, "2027-06-15")).extracting(DueMoment::id).containsExactly("contract-expiry:2027-07-15");
        assertThat(due(subscriber(Tier.SILVER).points(0, "2027-06-30"), "2027-05-31")).as("nothing to clear").isEmpty();
        assertThat(due(subscriber(Tier.DIAMOND).contractEnds("2027-07-15"), "2027-06-15")).extracting(DueMoment::action)
                .containsExactly(new CareAction(CareAction.Type.BOTH, "contract_expiry", "contract-renewal"));
    }

    @Test
    void aTurnToSuspendedOrPrecancelIsCaredForWhileFresh() {
        CareFixtures suspended = subscriber(Tier.GOLD).state("2027-03", AccountState.ACTIVE, AccountState.SUSPENDED);
        assertThat(due(suspended, "2027-03-31")).as("March is not closed yet").isEmpty();
        assertThat(due(suspended, "2027-04-01")).extracting(DueMoment::id).containsExactly("suspension:2027-03");
        assertThat(due(suspended, "2027-05-01")).extracting(DueMoment::id).containsExactly("suspension:2027-03");
        assertThat(due(suspended, "2027-05-02")).as("31 days fresh").isEmpty();
        assertThat(due(subscriber(Tier.GOLD).state("2027-03", AccountState.SUSPENDED, AccountState.SUSPENDED), "2027-04-05")).as("no turn").isEmpty();
        assertThat(due(subscriber(Tier.GOLD).state("2027-03", AccountState.SUSPENDED, AccountState.PRECANCEL), "2027-04-05"))
                .extracting(DueMoment::id, m -> m.action().type()).containsExactly(org.assertj.core.groups.Tuple.tuple("payment-due:2027-03", CareAction.Type.TASK));
        assertThat(due(subscriber(Tier.SILVER).state("2027-03", AccountState.SUSPENDED, AccountState.PRECANCEL), "2027-04-05"))
                .as("the default playbook sends no payment reminder: the template needs a balance the data lacks").isEmpty();
    }

    @Test
    void noContactForTheTiersDaysRaisesACallTaskAWeekAheadAndAgainEachPeriod() {
        CareFixtures gold = subscriber(Tier.GOLD).lastContact("2027-01-01");
        // gold: 60 days → 2027-03-02, prepared 7 days ahead
        assertThat(due(gold, "2027-02-23")).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("no-contact:2027-03-02");
            assertThat(m.action()).isEqualTo(new CareAction(CareAction.Type.TASK, null, "care-call"));
        });
        assertThat(due(gold, "2027-02-24")).isEmpty();
        assertThat(due(gold, "2027-04-24")).extracting(DueMoment::id).containsExactly("no-contact:2027-05-01");
        assertThat(due(subscriber(Tier.DIAMOND).lastContact("2027-01-01"), "2027-01-24")).extracting(DueMoment::id).containsExactly("no-contact:2027-01-31");
        // never contacted: counted from joining
        assertThat(due(subscriber(Tier.SILVER).joined("2026-10-01"), "2026-12-23")).extracting(DueMoment::id).containsExactly("no-contact:2026-12-30");
        assertThat(due(subscriber(Tier.NONE).lastContact("2027-01-01"), "2027-02-23")).isEmpty();
    }

    @Test
    void aRegionEventReachesItsRegionOnce() {
        RegionEvent typhoon = new RegionEvent("typhoon-2027-08", "wenzhou", LocalDate.of(2027, 8, 10), LocalDate.of(2027, 8, 12), "台风", LocalDate.of(2027, 8, 9));
        CareFacts inWenzhou = subscriber(Tier.DIAMOND).inRegion("wenzhou").facts();
        CareFacts inHangzhou = subscriber(Tier.DIAMOND).inRegion("hangzhou").facts();
        CareDay start = CareDay.of(LocalDate.of(2027, 8, 10), settings, playbook, CALENDARS, List.of(typhoon));
        assertThat(KeyMoments.dueFor(inWenzhou, start)).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("region-event:typhoon-2027-08");
            assertThat(m.occasion()).isEqualTo("台风");
            assertThat(m.action().createsTask()).isTrue();
        });
        assertThat(KeyMoments.dueFor(inHangzhou, start)).isEmpty();
        assertThat(KeyMoments.dueFor(inWenzhou, CareDay.of(LocalDate.of(2027, 8, 11), settings, playbook, CALENDARS, List.of(typhoon)))).isEmpty();
        // announced after its prepare day (2 days ahead = 8 August): prepared when announced
        CareSettings twoAhead = CareSettings.from(java.util.Map.of(CareSettingKeys.REGION_EVENT_LEAD_DAYS, "2"));
        assertThat(KeyMoments.dueFor(inWenzhou, CareDay.of(LocalDate.of(2027, 8, 9), twoAhead, playbook, CALENDARS, List.of(typhoon)))).hasSize(1);
    }

    @Test
    void aMissedDayIsCaughtUpButAPassedGreetingIsNot() {
        CareFixtures s = subscriber(Tier.GOLD).born("1985-06-12").lastContact("2027-04-10");
        // the run of 2027-06-09 (birthday prepared) and 2027-06-02 (gap of 60 days on 06-09, prepared 7 ahead) were missed
        CareDay caughtUp = CareDay.catchingUp(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 10), settings, playbook, CALENDARS, List.of());
        assertThat(KeyMoments.dueFor(s.facts(), caughtUp)).extracting(DueMoment::id).containsExactlyInAnyOrder("birthday:2027", "no-contact:2027-06-09");
        CareDay late = CareDay.catchingUp(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 13), settings, playbook, CALENDARS, List.of());
        assertThat(KeyMoments.dueFor(s.facts(), late)).extracting(DueMoment::id).as("the birthday has passed; the gap is still open")
                .containsExactly("no-contact:2027-06-09");
        assertThatThrownBy(() -> CareDay.catchingUp(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 13), settings, playbook, CALENDARS, List.of()))
                .hasMessageContaining("at most 31 days");
    }

    private List<DueMoment> due(CareFixtures s, String day) {
        return KeyMoments.dueFor(s.facts(), CareDay.of(LocalDate.parse(day), settings, playbook, CALENDARS, List.of()));
    }
}
