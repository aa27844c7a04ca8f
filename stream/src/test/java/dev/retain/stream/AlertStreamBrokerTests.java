package dev.retain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.retain.engine.alert.AlertSettings;
import dev.retain.engine.alert.InMemoryUsageAlerts;
import dev.retain.engine.alert.UsageAlert;
import dev.retain.engine.alert.UsageAlertJson;
import dev.retain.engine.alert.UsageEvent;
import dev.retain.engine.alert.UsageEventJson;
import dev.retain.engine.value.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application against a real Kafka broker started in this JVM: end to end, and killed mid-stream. */
class AlertStreamBrokerTests {

    static final Plan BASIC = UsageAlertTopologyTests.BASIC;
    static final Plan SMALL = UsageAlertTopologyTests.SMALL;
    static final String ALICE = UsageAlertTopologyTests.ALICE;
    static final String BOB = UsageAlertTopologyTests.BOB;

    static LocalKafka kafka;

    @TempDir
    Path temp;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = LocalKafka.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (kafka != null) kafka.close();
    }

    private static AlertTopics topics(String test) {
        return new AlertTopics(test + "-events", test + "-alerts", test + "-dlq", test + "-plans", test + "-subscriber-plans");
    }

    private StreamSettings settings(String test, int partitions) {
        return new StreamSettings(kafka.bootstrapServers(), "retain-" + test, topics(test), AlertSettings.defaults(),
                temp.resolve("state"), 1, partitions, Map.of());
    }

    private static KafkaProducer<String, byte[]> producer() {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    private static void send(KafkaProducer<String, byte[]> producer, String topic, UsageEvent e) {
        producer.send(new ProducerRecord<>(topic, e.msisdn(), UsageEventJson.write(e)));
    }

    @Test
    void producedEventsBecomeAlertsRefusedOnesDeadLettersAndAPlanChangeArrives() throws Exception {
        StreamSettings s = settings("e2e", 2);
        TopicSetup.ensure(s.clientProperties(), s.topics(), s.partitions());
        PlanBook book = new PlanBook(Map.of("P1", BASIC, "P2", SMALL), Map.of(ALICE, "P1", BOB, "P1"));
        assertThat(PlanTopicsPublisher.publish(s.clientProperties(), s.topics(), book))
                .isEqualTo(new PlanTopicsPublisher.Published(2, 0, 2, 0));
        assertThat(PlanTopicsPublisher.publish(s.clientProperties(), s.topics(), book))
                .isEqualTo(new PlanTopicsPublisher.Published(0, 0, 0, 0));

        Instant now = Instant.now();
        try (AlertStreamApplication app = AlertStreamApplication.start(s);
             KafkaProducer<String, byte[]> producer = producer();
             TopicReader alerts = new TopicReader(kafka.bootstrapServers(), s.topics().alerts(), true);
             TopicReader dead = new TopicReader(kafka.bootstrapServers(), s.topics().deadLetters(), true)) {
            assertThat(app.awaitRunning(Duration.ofSeconds(60))).isTrue();
            send(producer, s.topics().events(), new UsageEvent(ALICE, now, 850_000, 0, 0, "a1"));
            producer.send(new ProducerRecord<>(s.topics().events(), ALICE, "{oops".getBytes(StandardCharsets.UTF_8)));
            send(producer, s.topics().events(), new UsageEvent("13700137000", now, 1, 0, 0, "stranger"));
            producer.flush();

            // Bob moves to the small plan: the next export is published, and the running topology sees it
            PlanBook changed = new PlanBook(book.plans(), Map.of(ALICE, "P1", BOB, "P2"));
            assertThat(PlanTopicsPublisher.publish(s.clientProperties(), s.topics(), changed))
                    .isEqualTo(new PlanTopicsPublisher.Published(0, 0, 1, 0));
            awaitPlanOf(app, BOB, "P2");
            send(producer, s.topics().events(), new UsageEvent(BOB, now, 450_000, 0, 0, "b1"));
            producer.flush();

            List<UsageAlert> raised = alerts.atLeast(2, Duration.ofSeconds(60)).stream().map(r -> UsageAlertJson.parse(r.value())).toList();
            assertThat(raised).extracting(UsageAlert::alertId, UsageAlert::planId).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple(ALICE + "/" + AlertSettings.defaults().monthOf(now) + "/data-80", "P1"),
                    org.assertj.core.groups.Tuple.tuple(BOB + "/" + AlertSettings.defaults().monthOf(now) + "/data-80", "P2"));
            List<String> reasons = dead.atLeast(2, Duration.ofSeconds(30)).stream()
                    .map(r -> TopologyHarness.tree(r.value()).get("reason").asText()).toList();
            assertThat(reasons).containsExactlyInAnyOrder("malformed_json", "unknown_subscriber");
        }
    }

    @Test
    void theMainPublishesAProvinceFolderAndAgainOnlyWhatChanged() throws Exception {
        AlertTopics t = topics("publish");
        Map<String, String> options = new HashMap<>(Map.of("bootstrap-servers", kafka.bootstrapServers(),
                "plans-topic", t.plans(), "subscriber-plans-topic", t.subscriberPlans(), "events-topic", t.events(),
                "alerts-topic", t.alerts(), "dead-letter-topic", t.deadLetters(), "province", temp.toString(), "publish-only", "true"));
        String header = "msisdn,name,gender,birth_date,lunar_birthday,region,branch,brand,tier,group_id,join_date,plan_id,"
                + "min_commit,contract_end,points,points_expiry,marketing_consent,dnd\n";
        Files.writeString(temp.resolve("plans.csv"), "plan_id,name,monthly_fee,voice_min,data_mb,sms,over_voice_per_min,over_data_per_mb,over_sms\n"
                + "P1,basic,58.00,100,1000,50,0.19,0.29,0.10\nP2,small,28.00,50,500,20,0.19,0.29,0.10\n");
        Files.writeString(temp.resolve("subscribers.csv"), header
                + "+8613800138000,A,F,1980-01-01,false,hangzhou,b1,gotone,none,,2015-01-01,P1,,,0,,false,false\n"
                + "13900139000,B,M,1980-01-01,false,hangzhou,b1,gotone,none,,2015-01-01,P2,,,0,,false,false\n"
                + "13700137000,C,M,1980-01-01,false,hangzhou,b1,gotone,none,,2015-01-01,,,,0,,false,false\n");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertThat(AlertStreamMain.run(options, new java.io.PrintStream(out, true, StandardCharsets.UTF_8), System.err)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("published 2 plans (2 written, 0 removed) and 2 subscribers' plans (2 written, 0 removed)");
        Map<String, byte[]> subscribers = PlanTopicsPublisher.readAll(Map.of("bootstrap.servers", kafka.bootstrapServers()), t.subscriberPlans());
        assertThat(subscribers.keySet()).containsExactlyInAnyOrder(ALICE, BOB); // canonical numbers; C has no plan
        assertThat(PlanJson.read(PlanTopicsPublisher.readAll(Map.of("bootstrap.servers", kafka.bootstrapServers()), t.plans()).get("P1")))
                .isEqualTo(new Plan("P1", "basic", 5_800, 100, 1_000, 50, 19, 29, 10));

        // the next export: P1 grows to 2,000 MB and B has left
        Files.writeString(temp.resolve("plans.csv"), Files.readString(temp.resolve("plans.csv")).replace("58.00,100,1000", "58.00,100,2000"));
        Files.writeString(temp.resolve("subscribers.csv"), Files.readString(temp.resolve("subscribers.csv")).replaceAll("(?m)^13900139000.*\n", ""));
        out.reset();
        assertThat(AlertStreamMain.run(options, new java.io.PrintStream(out, true, StandardCharsets.UTF_8), System.err)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("published 2 plans (1 written, 0 removed) and 1 subscribers' plans (0 written, 1 removed)");
        assertThat(PlanTopicsPublisher.readAll(Map.of("bootstrap.servers", kafka.bootstrapServers()), t.subscriberPlans()).keySet())
                .containsExactly(ALICE);
    }

    private static void awaitPlanOf(AlertStreamApplication app, String msisdn, String plan) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until) {
            ReadOnlyKeyValueStore<String, ValueAndTimestamp<String>> store = app.streams().store(StoreQueryParameters.fromNameAndType(
                    UsageAlertTopology.SUBSCRIBER_PLANS_STORE, QueryableStoreTypes.timestampedKeyValueStore()));
            ValueAndTimestamp<String> v = store.get(msisdn);
            if (v != null && plan.equals(v.value())) return;
            Thread.sleep(50);
        }
        throw new AssertionError("the topology never saw " + msisdn + " on plan " + plan);
    }

    /**
     * Exactly once across a crash: the application runs in a JVM of its own and is killed (SIGKILL, no
     * commit, no clean shutdown) while events still stream in; a new instance on the same state folder
     * takes over. Read with read_committed, usage-alerts then holds every alert the engine's reference
     * computes for the same events, each exactly once.
     */
    @Test
    void killedMidStreamAndRestartedItEmitsEveryAlertExactlyOnce() throws Exception {
        StreamSettings s = settings("kill", 3);
        TopicSetup.ensure(s.clientProperties(), s.topics(), s.partitions());
        int subscribers = 200;
        Map<String, String> subscriberPlans = new HashMap<>();
        for (int i = 0; i < subscribers; i++) subscriberPlans.put(number(i), i % 2 == 0 ? "P1" : "P2");
        PlanBook book = new PlanBook(Map.of("P1", BASIC, "P2", SMALL), subscriberPlans);
        PlanTopicsPublisher.publish(s.clientProperties(), s.topics(), book);

        // 40 events a subscriber of 1-60 MB: most cross 80 % and 100 %, many reach the bill shock
        Instant now = Instant.now();
        Random random = new Random(7);
        List<UsageEvent> events = new ArrayList<>();
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < subscribers; i++) {
                events.add(new UsageEvent(number(i), now.minusSeconds(3_600 - round), (1 + random.nextInt(60)) * 1_000L, 0, 0,
                        "ev-" + i + "-" + round));
            }
        }
        InMemoryUsageAlerts reference = new InMemoryUsageAlerts(subscriberPlans, book.plans(), AlertSettings.defaults());
        List<UsageAlert> expected = new ArrayList<>();
        events.forEach(e -> expected.addAll(reference.alerts(e, now)));

        Path config = temp.resolve("kafka.properties");
        // a killed member leaves the group after 2 s instead of 45 s, so the new instance takes over quickly
        // and a transaction spans half a second, so the kill finds one open
        Files.writeString(config, "session.timeout.ms=2000\nheartbeat.interval.ms=500\ncommit.interval.ms=500\n");
        Process first = startInstance(s, config, temp.resolve("first.log"));
        int committedAtKill;
        int uncommittedAtKill;
        int withAborted;
        try (KafkaProducer<String, byte[]> producer = producer();
             TopicReader alerts = new TopicReader(kafka.bootstrapServers(), s.topics().alerts(), true);
             TopicReader inFlight = new TopicReader(kafka.bootstrapServers(), s.topics().alerts(), false)) {
            int half = events.size() / 2;
            for (int i = 0; i < half; i++) {
                send(producer, s.topics().events(), events.get(i));
                if (i % 500 == 499) {
                    producer.flush();
                    Thread.sleep(100);
                }
            }
            producer.flush();
            // kill it (no commit, no goodbye) once some alerts are committed and a transaction holds more that are not
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            do {
                committedAtKill = alerts.pollOnce(Duration.ofMillis(20)).size();
                uncommittedAtKill = inFlight.pollOnce(Duration.ofMillis(20)).size();
            } while ((committedAtKill == 0 || uncommittedAtKill <= committedAtKill) && System.nanoTime() < deadline);
            first.destroyForcibly().waitFor();
            assertThat(committedAtKill).isBetween(1, expected.size() - 1);
            assertThat(uncommittedAtKill).isGreaterThan(committedAtKill);
            for (int i = half; i < events.size(); i++) send(producer, s.topics().events(), events.get(i));
            producer.flush();

            Process second = startInstance(s, config, temp.resolve("second.log"));
            try {
                List<UsageAlert> raised = alerts.until(r -> r.size() >= expected.size(), Duration.ofSeconds(120)).stream()
                        .map(r -> UsageAlertJson.parse(r.value())).toList();
                // settle: nothing more may come after the full set
                Thread.sleep(1_500);
                raised = alerts.toEnd(Duration.ofSeconds(30)).stream().map(r -> UsageAlertJson.parse(r.value())).toList();
                assertThat(raised).hasSameSizeAs(expected);
                assertThat(raised).containsExactlyInAnyOrderElementsOf(expected);
            } finally {
                second.destroy();
                second.waitFor(30, TimeUnit.SECONDS);
                second.destroyForcibly();
            }
        }
        try (TopicReader everything = new TopicReader(kafka.bootstrapServers(), s.topics().alerts(), false)) {
            withAborted = everything.toEnd(Duration.ofSeconds(30)).size();
        }
        // records of the killed instance's open transaction may sit in the log, aborted: read_committed never shows them
        assertThat(withAborted).isGreaterThanOrEqualTo(expected.size());
        System.out.printf("kill-and-restart: %d events, %d alerts expected and read once each; %d committed and %d written when killed; "
                + "%d alert records in the log counting aborted ones%n", events.size(), expected.size(), committedAtKill, uncommittedAtKill, withAborted);
    }

    private static String number(int i) {
        return "1380000" + String.format("%04d", i);
    }

    private Process startInstance(StreamSettings s, Path config, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), AlertStreamMain.class.getName(),
                "--bootstrap-servers", s.bootstrapServers(), "--application-id", s.applicationId(),
                "--state-dir", s.stateDir().toString(), "--kafka-config", config.toString(),
                "--events-topic", s.topics().events(), "--alerts-topic", s.topics().alerts(),
                "--dead-letter-topic", s.topics().deadLetters(), "--plans-topic", s.topics().plans(),
                "--subscriber-plans-topic", s.topics().subscriberPlans()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
