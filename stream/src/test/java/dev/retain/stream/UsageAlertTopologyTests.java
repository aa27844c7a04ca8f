package dev.retain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retain.engine.alert.AlertSettings;
import dev.retain.engine.alert.InMemoryUsageAlerts;
import dev.retain.engine.alert.UsageAlert;
import dev.retain.engine.alert.UsageEvent;
import dev.retain.engine.value.Plan;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UsageAlertTopologyTests {

    static final String ALICE = "13800138000";
    static final String BOB = "13900139000";
    /** 1,000 MB, 100 minutes, 50 SMS; overage 0.29 CNY a MB. */
    static final Plan BASIC = new Plan("P1", "basic", 5_800, 100, 1_000, 50, 19, 29, 10);
    static final Plan SMALL = new Plan("P2", "small", 2_800, 50, 500, 20, 19, 29, 10);

    private final Instant midNovember = Instant.parse("2026-11-15T04:00:00Z");
    private TopologyHarness h;

    private TopologyHarness start(Instant clock) {
        h = new TopologyHarness(AlertSettings.defaults(), clock);
        h.plan(BASIC);
        h.plan(SMALL);
        h.subscriber(ALICE, "P1");
        h.subscriber(BOB, "P1");
        return h;
    }

    @AfterEach
    void close() {
        if (h != null) h.close();
    }

    static UsageEvent data(String msisdn, String ts, long mb, String id) {
        return new UsageEvent(msisdn, Instant.parse(ts), mb * 1_000, 0, 0, id);
    }

    @Test
    void eightyAndHundredPercentRaiseOneAlertEachKeyedByTheSubscriber() {
        start(midNovember);
        h.send(data(ALICE, "2026-11-02T01:00:00Z", 700, "e1"));
        assertThat(h.alerts.isEmpty()).isTrue();
        h.send(data(ALICE, "2026-11-03T01:00:00Z", 150, "e2"));
        TestRecord<String, byte[]> record = h.alerts.readRecord();
        assertThat(record.key()).isEqualTo(ALICE);
        JsonNode alert = TopologyHarness.tree(record.value());
        assertThat(alert.get("alert_id").asText()).isEqualTo(ALICE + "/2026-11/data-80");
        assertThat(alert.get("kind").asText()).isEqualTo("allowance");
        assertThat(alert.get("threshold_percent").asInt()).isEqualTo(80);
        assertThat(alert.at("/usage/data_mb").decimalValue()).isEqualByComparingTo("850");
        assertThat(alert.at("/allowance/data_mb").asLong()).isEqualTo(1_000);
        assertThat(alert.get("estimated_overage_fen").asLong()).isZero();
        h.send(data(ALICE, "2026-11-04T01:00:00Z", 100, "e3"));
        h.send(data(ALICE, "2026-11-05T01:00:00Z", 100, "e4"));
        assertThat(h.readAlerts()).extracting(UsageAlert::alertId, UsageAlert::estimatedOverageFen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ALICE + "/2026-11/data-100", 50L * 29));
    }

    @Test
    void eachThresholdAlertsOncePerMonthWhateverFollows() {
        start(midNovember);
        for (int i = 0; i < 20; i++) h.send(data(ALICE, "2026-11-02T01:00:" + (10 + i) + "Z", 100, "e" + i));
        // 2,000 MB: 80 %, 100 %, and 1,000 MB over = 290 CNY ≥ 100 CNY; nothing twice
        assertThat(h.readAlertIds()).containsExactly(ALICE + "/2026-11/data-80", ALICE + "/2026-11/data-100",
                ALICE + "/2026-11/bill-shock");
    }

    @Test
    void theMonthTurnsAtMidnightInShanghaiAndAlertsAgain() {
        start(Instant.parse("2026-11-01T01:00:00Z"));
        h.send(data(ALICE, "2026-10-31T15:00:00Z", 850, "oct")); // 23:00 on 31 October in Shanghai
        // 16:30 UTC on 31 October is 00:30 on 1 November in Shanghai
        h.send(data(ALICE, "2026-10-31T16:30:00Z", 850, "nov"));
        assertThat(h.readAlerts()).extracting(UsageAlert::alertId, UsageAlert::month).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ALICE + "/2026-10/data-80", YearMonth.of(2026, 10)),
                org.assertj.core.groups.Tuple.tuple(ALICE + "/2026-11/data-80", YearMonth.of(2026, 11)));
        assertThat(h.states().get(ALICE).current().usage().dataMilliMb()).isEqualTo(850_000);
    }

    @Test
    void aDuplicateEventIsCountedOnce() {
        start(midNovember);
        h.send(data(ALICE, "2026-11-02T01:00:00Z", 500, "same"));
        h.send(data(ALICE, "2026-11-02T01:00:00Z", 500, "same"));
        assertThat(h.alerts.isEmpty()).isTrue();
        assertThat(h.states().get(ALICE).current().usage().dataMilliMb()).isEqualTo(500_000);
        assertThat(h.deadLetters.isEmpty()).isTrue();
    }

    @Test
    void outOfOrderEventsGiveTheSameAlerts() {
        start(midNovember);
        h.send(data(ALICE, "2026-11-12T01:00:00Z", 500, "c"));
        h.send(data(ALICE, "2026-11-02T01:00:00Z", 350, "a"));
        h.send(data(ALICE, "2026-11-07T01:00:00Z", 200, "b"));
        assertThat(h.readAlertIds()).containsExactly(ALICE + "/2026-11/data-80", ALICE + "/2026-11/data-100");
    }

    @Test
    void aLateEventCountsTowardItsMonthWithinTheGraceAndIsADeadLetterAfter() {
        start(Instant.parse("2026-12-02T00:00:00Z"));
        h.send(data(ALICE, "2026-11-29T00:00:00Z", 750, "nov-1"));
        h.send(data(ALICE, "2026-12-01T03:00:00Z", 10, "dec-1"));
        h.send(data(ALICE, "2026-11-30T12:00:00Z", 60, "nov-2"));
        assertThat(h.readAlertIds()).containsExactly(ALICE + "/2026-11/data-80");
        // November closes 1 December 00:00 Shanghai; three days of grace end 3 December 16:00 UTC
        h.advanceClock(Duration.ofDays(2));
        h.send(data(ALICE, "2026-11-30T13:00:00Z", 500, "nov-3"));
        assertThat(h.alerts.isEmpty()).isTrue();
        List<JsonNode> dead = h.readDeadLetters();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).get("reason").asText()).isEqualTo("late_event");
        assertThat(dead.get(0).get("value").asText()).contains("nov-3");
        assertThat(h.states().get(ALICE).previous().usage().dataMilliMb()).isEqualTo(810_000);
    }

    @Test
    void aPlanChangeOnTheCompactedTopicReachesTheNextEvent() {
        start(midNovember);
        h.send(data(ALICE, "2026-11-02T01:00:00Z", 450, "e1"));
        h.subscriber(ALICE, "P2"); // 450 of 500 MB
        h.send(data(ALICE, "2026-11-03T01:00:00Z", 1, "e2"));
        assertThat(h.readAlerts()).extracting(UsageAlert::alertId, UsageAlert::planId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ALICE + "/2026-11/data-80", "P2"));
        // the plan itself changes: P2 now includes only 400 MB
        h.plan(new Plan("P2", "small", 2_800, 50, 400, 20, 19, 29, 10));
        h.send(data(ALICE, "2026-11-04T01:00:00Z", 1, "e3"));
        assertThat(h.readAlerts()).extracting(UsageAlert::alertId).containsExactly(ALICE + "/2026-11/data-100");
    }

    @Test
    void unknownSubscribersAndPlansAreDeadLettersAndTheStreamGoesOn() {
        start(midNovember);
        h.send(data("13700137000", "2026-11-02T01:00:00Z", 900, "stranger"));
        h.subscriber(BOB, "P-none");
        h.send(data(BOB, "2026-11-02T01:00:00Z", 900, "no-plan"));
        h.subscriberPlans.pipeInput(BOB, (String) null); // tombstone: Bob left
        h.send(data(BOB, "2026-11-02T02:00:00Z", 900, "gone"));
        h.send(data(ALICE, "2026-11-02T01:00:00Z", 900, "fine"));
        assertThat(h.readDeadLetters()).extracting(d -> d.get("reason").asText())
                .containsExactly("unknown_subscriber", "unknown_plan", "unknown_subscriber");
        assertThat(h.readAlertIds()).containsExactly(ALICE + "/2026-11/data-80");
    }

    @Test
    void malformedRecordsBecomeDeadLettersWithTheirReasonAndTheRecord() {
        start(midNovember);
        h.sendRaw(ALICE, "{not json");
        h.sendRaw(ALICE, "{\"msisdn\":\"" + ALICE + "\",\"ts\":\"2026-11-02T01:00:00Z\",\"data_mb\":1,\"voice_min\":0,\"event_id\":\"x\"}");
        h.sendRaw(ALICE, "{\"msisdn\":\"" + ALICE + "\",\"ts\":\"yesterday\",\"data_mb\":1,\"voice_min\":0,\"sms\":0,\"event_id\":\"x\"}");
        h.sendRaw(null, "[]");
        h.events.pipeInput(ALICE.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xc3, 0x28});
        h.send(data(ALICE, "2026-11-02T01:00:00Z", 900, "fine"));
        List<JsonNode> dead = h.readDeadLetters();
        assertThat(dead).extracting(d -> d.get("reason").asText())
                .containsExactly("malformed_json", "missing_field", "invalid_field", "malformed_json", "malformed_json");
        assertThat(dead.get(0).get("value").asText()).isEqualTo("{not json");
        assertThat(dead.get(0).get("topic").asText()).isEqualTo(AlertTopics.EVENTS);
        assertThat(dead.get(1).get("detail").asText()).startsWith("sms");
        assertThat(dead.get(3).get("key").isNull()).isTrue();
        assertThat(dead.get(4).get("value_base64").asText()).isEqualTo("wyg=");
        assertThat(h.readAlertIds()).containsExactly(ALICE + "/2026-11/data-80");
    }

    @Test
    void eventsKeyedOtherwiseAreReKeyedToTheCanonicalNumberAndShareItsState() {
        start(midNovember);
        h.send(data(ALICE, "2026-11-02T01:00:00Z", 500, "canonical"));
        h.sendRaw(null, "{\"msisdn\":\"+86" + ALICE + "\",\"ts\":\"2026-11-02T02:00:00Z\",\"data_mb\":200,\"voice_min\":0,\"sms\":0,\"event_id\":\"no-key\"}");
        h.sendRaw("+86" + ALICE, "{\"msisdn\":\"0086" + ALICE + "\",\"ts\":\"2026-11-02T03:00:00Z\",\"data_mb\":100,\"voice_min\":0,\"sms\":0,\"event_id\":\"other-key\"}");
        List<TestRecord<String, byte[]>> out = h.alerts.readRecordsToList();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).key()).isEqualTo(ALICE);
        assertThat(h.states().get(ALICE).current().usage().dataMilliMb()).isEqualTo(800_000);
    }

    /** The topology and the engine's reference over a map give the same alerts for the same seeded random events. */
    @Test
    void theTopologyRaisesExactlyTheAlertsOfTheEnginesReference() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        start(now);
        Map<String, String> subscribers = new HashMap<>(Map.of(ALICE, "P1", BOB, "P1"));
        InMemoryUsageAlerts reference = new InMemoryUsageAlerts(subscribers, Map.of("P1", BASIC, "P2", SMALL), AlertSettings.defaults());
        Random random = new Random(42);
        List<UsageAlert> expected = new ArrayList<>();
        String[] numbers = {ALICE, BOB, "13700137000"};
        for (int i = 0; i < 3_000; i++) {
            if (i == 1_500) {
                subscribers.put(BOB, "P2");
                h.subscriber(BOB, "P2");
            }
            String msisdn = numbers[random.nextInt(numbers.length)];
            Instant ts = Instant.parse("2026-11-25T00:00:00Z").plusSeconds(random.nextInt(7 * 24 * 3600));
            UsageEvent e = new UsageEvent(msisdn, ts, random.nextInt(3_000), random.nextInt(3), random.nextInt(2),
                    "e" + random.nextInt(2_500));
            expected.addAll(reference.alerts(e, now));
            h.send(e);
        }
        List<UsageAlert> actual = h.readAlerts();
        assertThat(actual).hasSizeGreaterThan(10).isEqualTo(expected);
    }
}
