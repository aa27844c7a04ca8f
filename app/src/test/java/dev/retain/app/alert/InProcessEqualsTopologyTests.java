package dev.retain.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.engine.alert.AlertSettings;
import dev.retain.engine.alert.UsageAlert;
import dev.retain.engine.alert.UsageAlertJson;
import dev.retain.engine.alert.UsageEvent;
import dev.retain.engine.alert.UsageEventJson;
import dev.retain.engine.value.Plan;
import dev.retain.stream.AlertTopics;
import dev.retain.stream.PlanJson;
import dev.retain.stream.UsageAlertTopology;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One sequence of usage events through the Kafka Streams topology (TopologyTestDriver, exactly-once)
 * and through the app's in-process path over PostgreSQL gives the same alerts, field for field:
 * thresholds, duplicates, out-of-order events, a late event of last month, a plan change between two
 * calls, an unknown subscriber and an event from the future. MSISDNs 1369432xxxx belong to this class.
 */
@RetainWebTest
class InProcessEqualsTopologyTests {

    private static final Plan SMALL = new Plan("PA-EQ-1G", "等值 1GB", 3_800, 100, 1_000, 10, 15, 29, 10);
    private static final Plan LARGE = new Plan("PA-EQ-5G", "等值 5GB", 8_800, 500, 5_000, 100, 15, 20, 10);
    private static final String A = "13694320001";
    private static final String B = "13694320002";
    private static final String C = "13694320003";
    private static final String STRANGER = "13694320999";

    @Autowired UsageIntake intake;
    @Autowired UsageAlertSettings settings;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @TempDir Path stateDir;

    private void plan(Plan p) {
        jdbc.sql("""
                        insert into plan (plan_id, name, monthly_fee, voice_min, data_mb, sms, over_voice_per_min, over_data_per_mb, over_sms)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(p.id(), p.name(), p.monthlyFeeFen() / 100.0, p.voiceMinutes(), p.dataMb(), p.sms(), p.overVoicePerMinFen() / 100.0,
                        p.overDataPerMbFen() / 100.0, p.overSmsFen() / 100.0).update();
    }

    private void subscriberOn(String msisdn, String planId) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date, plan_id)
                        values (?, ?, '钱七', 'hangzhou', 'gotone', date '2015-01-01', ?)
                        on conflict (msisdn) do update set plan_id = excluded.plan_id""")
                .params(msisdn, msisdn, planId).update();
    }

    private static UsageEvent e(String msisdn, Instant ts, long milliMb, long voice, long sms, String id) {
        return new UsageEvent(msisdn, ts, milliMb, voice, sms, id);
    }

    @Test
    void theSameEventsGiveTheSameAlertsInProcessAndThroughTheTopology() throws IOException {
        AlertSettings s = settings.current();
        Instant now = clock.instant();
        Instant monthStart = s.startOf(s.monthOf(now));
        // within this billing month, before now, however early in the month the test runs
        long span = Math.max(60, Duration.between(monthStart, now).toSeconds() - 60);
        Instant t1 = monthStart.plusSeconds(span / 10);
        Instant t2 = monthStart.plusSeconds(span / 2);
        Instant t3 = monthStart.plusSeconds(span - 30);
        Instant lastMonth = monthStart.minusSeconds(3_600);

        List<UsageEvent> first = List.of(
                e(A, t2, 500_000, 20, 1, "eq-a1"),
                e(A, t1, 350_000, 0, 0, "eq-a2"),             // out of order: earlier than the one before
                e(A, t2, 500_000, 20, 1, "eq-a1"),            // a duplicate
                e(B, t1, 900_000, 95, 10, "eq-b1"),           // data, voice and SMS cross at once
                e(A, lastMonth, 900_000, 0, 0, "eq-a3"),      // last month's, late: counts if within the grace period
                e(STRANGER, t1, 1_000, 0, 0, "eq-x1"),        // not a subscriber
                e(C, now.plus(Duration.ofHours(3)), 1_000, 0, 0, "eq-c1"), // from the future
                e(C, t3, 1_200_000, 0, 0, "eq-c2"),
                e(A, t3, 200_000, 0, 0, "eq-a4"));
        // B moves to the large plan between the two calls: the rest of the month is measured against it
        List<UsageEvent> second = List.of(
                e(B, t3, 3_200_000, 10, 0, "eq-b2"),
                e(B, t3, 2_000_000, 0, 0, "eq-b3"),
                e(C, t3, 3_000_000, 0, 0, "eq-c3"));

        plan(SMALL);
        plan(LARGE);
        subscriberOn(A, SMALL.id());
        subscriberOn(B, SMALL.id());
        subscriberOn(C, SMALL.id());
        List<UsageAlert> inProcess = new ArrayList<>();
        intake.accept(first, now).forEach(o -> inProcess.addAll(o.alerts()));
        subscriberOn(B, LARGE.id());
        intake.accept(second, now).forEach(o -> inProcess.addAll(o.alerts()));

        List<UsageAlert> topology = new ArrayList<>();
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "retain-equality-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createDirectories(stateDir.resolve("streams")).toString());
        AlertTopics topics = AlertTopics.defaults();
        try (TopologyTestDriver driver = new TopologyTestDriver(UsageAlertTopology.build(topics, s), p, now)) {
            TestInputTopic<String, byte[]> plans = driver.createInputTopic(topics.plans(), new StringSerializer(), new ByteArraySerializer());
            TestInputTopic<String, String> subscriberPlans = driver.createInputTopic(topics.subscriberPlans(), new StringSerializer(),
                    new StringSerializer());
            TestInputTopic<byte[], byte[]> events = driver.createInputTopic(topics.events(), new ByteArraySerializer(), new ByteArraySerializer());
            plans.pipeInput(SMALL.id(), PlanJson.write(SMALL));
            plans.pipeInput(LARGE.id(), PlanJson.write(LARGE));
            for (String m : List.of(A, B, C)) subscriberPlans.pipeInput(m, SMALL.id());
            first.forEach(ev -> events.pipeInput(ev.msisdn().getBytes(StandardCharsets.UTF_8), UsageEventJson.write(ev)));
            subscriberPlans.pipeInput(B, LARGE.id());
            second.forEach(ev -> events.pipeInput(ev.msisdn().getBytes(StandardCharsets.UTF_8), UsageEventJson.write(ev)));
            driver.createOutputTopic(topics.alerts(), new StringDeserializer(), new ByteArrayDeserializer())
                    .readValuesToList().forEach(v -> topology.add(UsageAlertJson.parse(v)));
        }

        Comparator<UsageAlert> byId = Comparator.comparing(UsageAlert::alertId);
        assertThat(inProcess).as("alerts in-process").hasSizeGreaterThanOrEqualTo(6);
        assertThat(inProcess.stream().sorted(byId).toList()).isEqualTo(topology.stream().sorted(byId).toList());
        // and each subscriber's alerts come in the same order on both paths
        for (String m : List.of(A, B, C)) {
            assertThat(inProcess.stream().filter(a -> a.msisdn().equals(m)).toList())
                    .isEqualTo(topology.stream().filter(a -> a.msisdn().equals(m)).toList());
        }
    }
}
