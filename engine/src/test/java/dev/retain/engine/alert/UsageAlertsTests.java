package dev.retain.engine.alert;

import static dev.retain.engine.alert.AlertFixtures.ALICE;
import static dev.retain.engine.alert.AlertFixtures.BOB;
import static dev.retain.engine.alert.AlertFixtures.data;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.value.Plan;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageAlertsTests {

    private final Map<String, String> subscribers = AlertFixtures.subscribers();
    private final Map<String, Plan> plans = AlertFixtures.plans();
    private final AlertSettings settings = AlertSettings.defaults();
    private final InMemoryUsageAlerts alerts = new InMemoryUsageAlerts(subscribers, plans, settings);
    private static final Instant MID_NOVEMBER = Instant.parse("2026-11-15T04:00:00Z");

    private List<String> ids(UsageEvent e) {
        return alerts.alerts(e, MID_NOVEMBER).stream().map(UsageAlert::alertId).toList();
    }

    @Test
    void eightyAndHundredPercentOfTheDataAllowanceEachAlertOnce() {
        assertThat(ids(data(ALICE, "2026-11-02T01:00:00Z", 700, "e1"))).isEmpty();
        assertThat(ids(data(ALICE, "2026-11-03T01:00:00Z", 100, "e2"))).containsExactly(ALICE + "/2026-11/data-80");
        assertThat(ids(data(ALICE, "2026-11-04T01:00:00Z", 100, "e3"))).isEmpty();
        assertThat(ids(data(ALICE, "2026-11-05T01:00:00Z", 100, "e4"))).containsExactly(ALICE + "/2026-11/data-100");
        assertThat(ids(data(ALICE, "2026-11-06T01:00:00Z", 100, "e5"))).isEmpty();
        assertThat(alerts.state(ALICE).current().usage().dataMilliMb()).isEqualTo(1_100_000);
    }

    @Test
    void anAlertCarriesTheUsageTheAllowanceAndTheEstimatedOverage() {
        alerts.accept(new UsageEvent(ALICE, Instant.parse("2026-11-02T01:00:00Z"), 0, 120, 3, "calls"), MID_NOVEMBER);
        UsageAlert a = alerts.alerts(data(ALICE, "2026-11-03T01:00:00Z", 1_001, "big"), MID_NOVEMBER).stream()
                .filter(x -> x.alertId().endsWith("data-100")).findFirst().orElseThrow();
        assertThat(a.kind()).isEqualTo(AlertKind.ALLOWANCE);
        assertThat(a.resource()).isEqualTo(Resource.DATA);
        assertThat(a.thresholdPercent()).isEqualTo(100);
        assertThat(a.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(a.usage()).isEqualTo(new UsageTotals(1_001_000, 120, 3));
        assertThat(a.allowance()).isEqualTo(new Allowance(1_000, 100, 50));
        // 1 MB over at 0.29 + 20 minutes over at 0.19
        assertThat(a.estimatedOverageFen()).isEqualTo(29 + 20 * 19);
        assertThat(a.planId()).isEqualTo("P1");
        assertThat(a.eventId()).isEqualTo("big");
        assertThat(a.eventTs()).isEqualTo(Instant.parse("2026-11-03T01:00:00Z"));
    }

    @Test
    void oneEventThatJumpsPastSeveralThresholdsRaisesEachInOrder() {
        // 1,400 MB: 80 % and 100 % of the data, and 400 MB × 0.29 = 116 CNY of overage ≥ 100 CNY
        assertThat(ids(data(ALICE, "2026-11-02T01:00:00Z", 1_400, "e1"))).containsExactly(
                ALICE + "/2026-11/data-80", ALICE + "/2026-11/data-100", ALICE + "/2026-11/bill-shock");
    }

    @Test
    void voiceAndSmsHaveTheirOwnThresholds() {
        assertThat(ids(new UsageEvent(ALICE, Instant.parse("2026-11-02T01:00:00Z"), 0, 80, 40, "e1")))
                .containsExactly(ALICE + "/2026-11/voice-80", ALICE + "/2026-11/sms-80");
    }

    @Test
    void theBillShockComesFromTheSumOfEveryResourcesOverage() {
        alerts.accept(new UsageEvent(ALICE, Instant.parse("2026-11-02T01:00:00Z"), 1_000_000, 100, 50, "at-allowance"), MID_NOVEMBER);
        // 9,999 fen over: 200 MB (5,800) + 200 min (3,800) + 39 SMS (390) = 9,990, then one more MB: 10,019
        assertThat(ids(new UsageEvent(ALICE, Instant.parse("2026-11-03T01:00:00Z"), 200_000, 200, 39, "e2"))).isEmpty();
        assertThat(ids(data(ALICE, "2026-11-04T01:00:00Z", 1, "e3"))).containsExactly(ALICE + "/2026-11/bill-shock");
    }

    @Test
    void aDuplicateEventIdChangesNothing() {
        alerts.accept(data(ALICE, "2026-11-02T01:00:00Z", 700, "same"), MID_NOVEMBER);
        UsageAlerts.Step again = alerts.accept(data(ALICE, "2026-11-02T01:00:00Z", 700, "same"), MID_NOVEMBER);
        assertThat(again.outcome()).isEqualTo(UsageAlerts.Outcome.DUPLICATE);
        assertThat(again.alerts()).isEmpty();
        assertThat(alerts.state(ALICE).current().usage().dataMilliMb()).isEqualTo(700_000);
    }

    @Test
    void idsAreRememberedForTheWindowAfterTheyWereReceivedWhateverTheEventsOwnTime() {
        Instant received = MID_NOVEMBER;
        alerts.accept(data(ALICE, "2026-11-02T01:00:00Z", 1, "old"), received);
        alerts.accept(data(ALICE, "2026-11-14T01:00:00Z", 1, "newer"), received);
        // an event twelve days older than the newest, received again the same day (a producer's retry): a duplicate
        assertThat(alerts.accept(data(ALICE, "2026-11-02T01:00:00Z", 1, "old"), received.plusSeconds(60)).outcome())
                .isEqualTo(UsageAlerts.Outcome.DUPLICATE);
        // received again 24 h and a second after the newest id was received: forgotten, it counts again
        Instant dayLater = received.plus(Duration.ofDays(1)).plusSeconds(61);
        assertThat(alerts.accept(data(ALICE, "2026-11-14T02:00:00Z", 1, "a day later"), dayLater).outcome())
                .isEqualTo(UsageAlerts.Outcome.COUNTED);
        assertThat(alerts.accept(data(ALICE, "2026-11-02T01:00:00Z", 1, "old"), dayLater).outcome())
                .isEqualTo(UsageAlerts.Outcome.COUNTED);
    }

    @Test
    void atMostTheCapOfIdsIsRememberedTheOldestGoFirst() {
        InMemoryUsageAlerts capped = new InMemoryUsageAlerts(subscribers, plans, settings.withDedup(Duration.ofDays(1), 3));
        for (int i = 0; i < 5; i++) capped.accept(data(ALICE, "2026-11-02T01:0" + i + ":00Z", 1, "id" + i), MID_NOVEMBER);
        assertThat(capped.state(ALICE).recent().size()).isEqualTo(3);
        assertThat(capped.accept(data(ALICE, "2026-11-02T01:04:00Z", 1, "id4"), MID_NOVEMBER).outcome()).isEqualTo(UsageAlerts.Outcome.DUPLICATE);
        assertThat(capped.accept(data(ALICE, "2026-11-02T01:00:00Z", 1, "id0"), MID_NOVEMBER).outcome()).isEqualTo(UsageAlerts.Outcome.COUNTED);
    }

    @Test
    void outOfOrderEventsWithinTheMonthGiveTheSameTotalsAndAlerts() {
        InMemoryUsageAlerts reversed = new InMemoryUsageAlerts(subscribers, plans, settings);
        List<UsageEvent> events = List.of(
                data(ALICE, "2026-11-02T01:00:00Z", 500, "a"),
                data(ALICE, "2026-11-09T01:00:00Z", 350, "b"),
                data(ALICE, "2026-11-12T01:00:00Z", 200, "c"));
        List<String> inOrder = events.stream().flatMap(e -> alerts.alerts(e, MID_NOVEMBER).stream()).map(UsageAlert::alertId).sorted().toList();
        List<UsageEvent> reversedEvents = new java.util.ArrayList<>(events);
        java.util.Collections.reverse(reversedEvents);
        List<String> backwards = reversedEvents.stream().flatMap(e -> reversed.alerts(e, MID_NOVEMBER).stream()).map(UsageAlert::alertId).sorted().toList();
        assertThat(backwards).isEqualTo(inOrder).containsExactly(ALICE + "/2026-11/data-100", ALICE + "/2026-11/data-80");
        assertThat(reversed.state(ALICE).current()).isEqualTo(alerts.state(ALICE).current());
    }

    @Test
    void theBillingMonthTurnsAtMidnightInTheBusinessZone() {
        Instant now = Instant.parse("2026-11-01T02:00:00Z");
        alerts.accept(data(ALICE, "2026-10-31T15:59:59Z", 790, "october"), now); // 23:59:59 in Shanghai
        // 16:30 UTC on 31 October is 00:30 on 1 November in Shanghai: a fresh month
        UsageAlerts.Step november = alerts.accept(data(ALICE, "2026-10-31T16:30:00Z", 100, "november"), now);
        assertThat(november.alerts()).isEmpty();
        assertThat(alerts.state(ALICE).current().month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(alerts.state(ALICE).current().usage().dataMilliMb()).isEqualTo(100_000);
        assertThat(alerts.state(ALICE).previous().month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(alerts.state(ALICE).previous().usage().dataMilliMb()).isEqualTo(790_000);
    }

    @Test
    void inUtcTheSameEventIsStillOctober() {
        InMemoryUsageAlerts utc = new InMemoryUsageAlerts(subscribers, plans, settings.withZone(java.time.ZoneOffset.UTC));
        utc.accept(data(ALICE, "2026-10-31T16:30:00Z", 100, "e"), Instant.parse("2026-11-01T02:00:00Z"));
        assertThat(utc.state(ALICE).current().month()).isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void eachMonthAlertsAgain() {
        assertThat(alerts.alerts(data(ALICE, "2026-11-20T00:00:00Z", 850, "nov"), Instant.parse("2026-11-20T01:00:00Z"))).hasSize(1);
        assertThat(alerts.alerts(data(ALICE, "2026-12-05T00:00:00Z", 850, "dec"), Instant.parse("2026-12-05T01:00:00Z"))).extracting(UsageAlert::alertId)
                .containsExactly(ALICE + "/2026-12/data-80");
    }

    @Test
    void aLateEventOfThePreviousMonthCountsTowardThatMonthWithinTheGraceAndMayStillAlert() {
        Instant secondOfDecember = Instant.parse("2026-12-02T02:00:00Z");
        alerts.accept(data(ALICE, "2026-11-29T00:00:00Z", 750, "nov-1"), secondOfDecember);
        alerts.accept(data(ALICE, "2026-12-01T03:00:00Z", 10, "dec-1"), secondOfDecember);
        UsageAlerts.Step late = alerts.accept(data(ALICE, "2026-11-30T12:00:00Z", 60, "nov-2"), secondOfDecember);
        assertThat(late.alerts()).extracting(UsageAlert::alertId).containsExactly(ALICE + "/2026-11/data-80");
        assertThat(alerts.state(ALICE).previous().usage().dataMilliMb()).isEqualTo(810_000);
        assertThat(alerts.state(ALICE).current().usage().dataMilliMb()).isEqualTo(10_000);
    }

    @Test
    void aLateEventMayOpenThePreviousMonthWhenItSawNoEventBefore() {
        Instant now = Instant.parse("2026-12-01T06:00:00Z");
        alerts.accept(data(ALICE, "2026-12-01T03:00:00Z", 10, "dec-1"), now);
        assertThat(alerts.alerts(data(ALICE, "2026-11-30T12:00:00Z", 900, "nov-late"), now)).extracting(UsageAlert::alertId)
                .containsExactly(ALICE + "/2026-11/data-80");
        assertThat(alerts.state(ALICE).previous().usage().dataMilliMb()).isEqualTo(900_000);
    }

    @Test
    void afterTheGracePeriodALateEventIsRefused() {
        // November closes at 1 December 00:00 Shanghai (30 November 16:00 UTC); the grace is 3 days
        Instant justAfter = Instant.parse("2026-12-03T16:00:00Z");
        UsageAlerts.Step late = alerts.accept(data(ALICE, "2026-11-30T12:00:00Z", 900, "nov-late"), justAfter);
        assertThat(late.outcome()).isEqualTo(UsageAlerts.Outcome.REJECTED);
        assertThat(late.reason()).isEqualTo(RejectReason.LATE_EVENT);
        assertThat(alerts.state(ALICE)).isNull();
        Instant justBefore = justAfter.minusMillis(1);
        assertThat(alerts.accept(data(ALICE, "2026-11-30T12:00:00Z", 900, "nov-late"), justBefore).outcome())
                .isEqualTo(UsageAlerts.Outcome.COUNTED);
    }

    @Test
    void anEventOfTwoMonthsAgoIsLateEvenInsideTheGraceOfLastMonth() {
        assertThat(alerts.accept(data(ALICE, "2026-10-20T00:00:00Z", 1, "oct"), Instant.parse("2026-12-01T00:00:00Z")).reason())
                .isEqualTo(RejectReason.LATE_EVENT);
    }

    @Test
    void anEventFromTheFutureIsRefused() {
        Instant now = Instant.parse("2026-11-15T04:00:00Z");
        assertThat(alerts.accept(data(ALICE, "2026-11-15T05:00:01Z", 1, "f"), now).reason()).isEqualTo(RejectReason.FUTURE_EVENT);
        assertThat(alerts.accept(data(ALICE, "2026-11-15T05:00:00Z", 1, "f"), now).outcome()).isEqualTo(UsageAlerts.Outcome.COUNTED);
    }

    @Test
    void aPlanChangeMidMonthMeasuresTheMonthAgainstTheNewPlanFromTheNextEvent() {
        assertThat(ids(data(ALICE, "2026-11-02T01:00:00Z", 450, "e1"))).isEmpty(); // 45 % of basic
        subscribers.put(ALICE, "P2"); // down to 500 MB: 450 MB is now 90 %
        assertThat(ids(data(ALICE, "2026-11-03T01:00:00Z", 1, "e2"))).containsExactly(ALICE + "/2026-11/data-80");
        subscribers.put(ALICE, "P3"); // up to 10,000 MB: the 80 % already raised stays raised
        assertThat(ids(data(ALICE, "2026-11-04T01:00:00Z", 7_600, "e3"))).isEmpty();
        assertThat(ids(data(ALICE, "2026-11-05T01:00:00Z", 2_000, "e4"))).containsExactly(ALICE + "/2026-11/data-100");
        assertThat(alerts.state(ALICE).current().planId()).isEqualTo("P3");
    }

    @Test
    void aLateEventIsMeasuredAgainstItsOwnMonthsPlan() {
        Instant now = Instant.parse("2026-12-01T06:00:00Z");
        alerts.accept(data(ALICE, "2026-11-28T00:00:00Z", 700, "nov"), now); // P1: 1,000 MB
        subscribers.put(ALICE, "P2");
        alerts.accept(data(ALICE, "2026-12-01T01:00:00Z", 1, "dec"), now);
        // 750 MB of November is 75 % of P1 (November's plan), though it would be 150 % of P2
        assertThat(ids(data(ALICE, "2026-11-30T00:00:00Z", 50, "nov-late"))).isEmpty();
        assertThat(alerts.state(ALICE).previous().planId()).isEqualTo("P1");
    }

    @Test
    void anUnknownSubscriberOrPlanIsRefusedAndLeavesNoState() {
        UsageAlerts.Step stranger = alerts.accept(data("13700137000", "2026-11-02T01:00:00Z", 1, "x"), MID_NOVEMBER);
        assertThat(stranger.reason()).isEqualTo(RejectReason.UNKNOWN_SUBSCRIBER);
        subscribers.put(BOB, "P-gone");
        assertThat(alerts.accept(data(BOB, "2026-11-02T01:00:00Z", 1, "y"), MID_NOVEMBER).reason()).isEqualTo(RejectReason.UNKNOWN_PLAN);
        assertThat(alerts.state("13700137000")).isNull();
        assertThat(alerts.state(BOB)).isNull();
    }

    @Test
    void noAllowanceMeansNoPercentAlertOnlyTheBillShock() {
        plans.put("P0", new Plan("P0", "pay as you go", 0, 0, 0, 0, 19, 29, 10));
        subscribers.put(BOB, "P0");
        assertThat(ids(data(BOB, "2026-11-02T01:00:00Z", 344, "a"))).isEmpty(); // 99.76 CNY
        assertThat(ids(data(BOB, "2026-11-02T02:00:00Z", 1, "b"))).containsExactly(BOB + "/2026-11/bill-shock");
    }

    @Test
    void thresholdsAndTheBillShockFollowTheSettings() {
        InMemoryUsageAlerts custom = new InMemoryUsageAlerts(subscribers, plans,
                settings.withAllowancePercents(List.of(150, 50)).withBillShockFen(0));
        assertThat(custom.alerts(data(ALICE, "2026-11-02T01:00:00Z", 2_000, "e"), MID_NOVEMBER)).extracting(UsageAlert::alertId)
                .containsExactly(ALICE + "/2026-11/data-50", ALICE + "/2026-11/data-150");
    }

    @Test
    void aRefusedOrDuplicateEventLeavesTheSameStateObject() {
        alerts.accept(data(ALICE, "2026-11-02T01:00:00Z", 1, "e"), MID_NOVEMBER);
        SubscriberUsage before = alerts.state(ALICE);
        UsageAlerts.Step dup = UsageAlerts.apply(before, data(ALICE, "2026-11-02T01:00:00Z", 1, "e"), "P1", plans::get, MID_NOVEMBER, settings);
        assertThat(dup.stateChanged(before)).isFalse();
        UsageAlerts.Step late = UsageAlerts.apply(before, data(ALICE, "2026-01-02T01:00:00Z", 1, "l"), "P1", plans::get, MID_NOVEMBER, settings);
        assertThat(late.stateChanged(before)).isFalse();
    }
}
