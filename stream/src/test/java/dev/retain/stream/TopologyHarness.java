package dev.retain.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.retain.engine.alert.AlertSettings;
import dev.retain.engine.alert.UsageAlert;
import dev.retain.engine.alert.UsageAlertJson;
import dev.retain.engine.alert.UsageEvent;
import dev.retain.engine.alert.UsageEventJson;
import dev.retain.engine.value.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;

/** The topology in a {@link TopologyTestDriver} with exactly-once on, a mock clock, and typed topics around it. */
final class TopologyHarness implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final TopologyTestDriver driver;
    final TestInputTopic<byte[], byte[]> events;
    final TestInputTopic<String, byte[]> plans;
    final TestInputTopic<String, String> subscriberPlans;
    final TestOutputTopic<String, byte[]> alerts;
    final TestOutputTopic<String, byte[]> deadLetters;
    private final Path stateDir;

    TopologyHarness(AlertSettings settings, Instant wallClock) {
        try {
            stateDir = Files.createTempDirectory("retain-topology-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "retain-alerts-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        AlertTopics t = AlertTopics.defaults();
        driver = new TopologyTestDriver(UsageAlertTopology.build(t, settings), p, wallClock);
        events = driver.createInputTopic(t.events(), new ByteArraySerializer(), new ByteArraySerializer());
        plans = driver.createInputTopic(t.plans(), new StringSerializer(), new ByteArraySerializer());
        subscriberPlans = driver.createInputTopic(t.subscriberPlans(), new StringSerializer(), new StringSerializer());
        alerts = driver.createOutputTopic(t.alerts(), new StringDeserializer(), new ByteArrayDeserializer());
        deadLetters = driver.createOutputTopic(t.deadLetters(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    void plan(Plan p) {
        plans.pipeInput(p.id(), PlanJson.write(p));
    }

    void subscriber(String msisdn, String planId) {
        subscriberPlans.pipeInput(msisdn, planId);
    }

    /** An event keyed by its canonical number, as a well-behaved producer sends it. */
    void send(UsageEvent e) {
        events.pipeInput(e.msisdn().getBytes(StandardCharsets.UTF_8), UsageEventJson.write(e));
    }

    void sendRaw(String key, String json) {
        events.pipeInput(key == null ? null : key.getBytes(StandardCharsets.UTF_8), json.getBytes(StandardCharsets.UTF_8));
    }

    void advanceClock(Duration d) {
        driver.advanceWallClockTime(d);
    }

    List<UsageAlert> readAlerts() {
        return alerts.readValuesToList().stream().map(UsageAlertJson::parse).toList();
    }

    List<String> readAlertIds() {
        return readAlerts().stream().map(UsageAlert::alertId).toList();
    }

    List<JsonNode> readDeadLetters() {
        return deadLetters.readValuesToList().stream().map(TopologyHarness::tree).toList();
    }

    KeyValueStore<String, dev.retain.engine.alert.SubscriberUsage> states() {
        return driver.getKeyValueStore(UsageAlertTopology.USAGE_STORE);
    }

    static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.close();
        try (var files = Files.walk(stateDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
