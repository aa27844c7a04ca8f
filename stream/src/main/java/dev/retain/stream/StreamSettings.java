package dev.retain.stream;

import dev.retain.engine.alert.AlertSettings;
import dev.retain.engine.value.Money;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * How one instance of the alert application runs: the cluster, the application id (instances with
 * the same id share the work by partitions), the topics, the alert settings, and any further client
 * properties the cluster needs (security, timeouts) from a properties file.
 *
 * @param partitions partitions of the topics this application creates when they are missing; null = the broker's default
 */
public record StreamSettings(String bootstrapServers, String applicationId, AlertTopics topics, AlertSettings alerts,
                             Path stateDir, int threads, Integer partitions, Map<String, String> kafka) {

    public static final String DEFAULT_APPLICATION_ID = "retain-usage-alerts";

    /** The option names {@link #parse} reads (without the leading --). */
    public static final Set<String> OPTIONS = Set.of("bootstrap-servers", "application-id", "events-topic", "alerts-topic",
            "dead-letter-topic", "plans-topic", "subscriber-plans-topic", "thresholds", "bill-shock", "time-zone",
            "late-grace", "dedup-window", "state-dir", "threads", "partitions", "kafka-config");

    public StreamSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(alerts, "alerts");
        Objects.requireNonNull(stateDir, "stateDir");
        if (threads < 1) throw new IllegalArgumentException("threads: at least 1");
        if (partitions != null && partitions < 1) throw new IllegalArgumentException("partitions: at least 1");
        kafka = Map.copyOf(kafka);
    }

    /** Options by name (see {@link #OPTIONS}); anything missing takes its default. IllegalArgumentException says what is wrong. */
    public static StreamSettings parse(Map<String, String> o) {
        String bootstrap = o.get("bootstrap-servers");
        if (bootstrap == null || bootstrap.isBlank()) throw new IllegalArgumentException("--bootstrap-servers HOST:PORT is required");
        AlertTopics d = AlertTopics.defaults();
        AlertTopics topics = new AlertTopics(o.getOrDefault("events-topic", d.events()), o.getOrDefault("alerts-topic", d.alerts()),
                o.getOrDefault("dead-letter-topic", d.deadLetters()), o.getOrDefault("plans-topic", d.plans()),
                o.getOrDefault("subscriber-plans-topic", d.subscriberPlans()));
        AlertSettings alerts = AlertSettings.defaults();
        if (o.containsKey("time-zone")) alerts = alerts.withZone(zone(o.get("time-zone")));
        if (o.containsKey("thresholds")) alerts = alerts.withAllowancePercents(AlertSettings.parsePercents(o.get("thresholds")));
        if (o.containsKey("bill-shock")) alerts = alerts.withBillShockFen(money(o.get("bill-shock")));
        if (o.containsKey("late-grace")) alerts = alerts.withLateGrace(duration("late-grace", o.get("late-grace")));
        if (o.containsKey("dedup-window")) alerts = alerts.withDedup(duration("dedup-window", o.get("dedup-window")), alerts.maxRememberedIds());
        String appId = o.getOrDefault("application-id", DEFAULT_APPLICATION_ID);
        Path stateDir = Path.of(o.getOrDefault("state-dir", Path.of(System.getProperty("java.io.tmpdir"), "retain-streams").toString()));
        int threads = (int) whole("threads", o.getOrDefault("threads", "1"));
        Integer partitions = o.containsKey("partitions") ? (int) whole("partitions", o.get("partitions")) : null;
        return new StreamSettings(bootstrap, appId, topics, alerts, stateDir, threads, partitions,
                o.containsKey("kafka-config") ? properties(Path.of(o.get("kafka-config"))) : Map.of());
    }

    /** The Kafka Streams configuration: exactly-once v2, and a plan record that cannot be read is logged and skipped. */
    public Properties streamsProperties() {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        // the behaviour Kafka 5.0 makes the default (it warns at every start until then)
        p.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        // a task reads usage-events and the re-keyed events: the order between the two does not matter (sums),
        // so it never waits for the usually empty repartition topic (the wait also costs ~10 % CPU in 4.3)
        p.putIfAbsent(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, StreamsConfig.MAX_TASK_IDLE_MS_DISABLED);
        return p;
    }

    /** Properties for the plain clients beside the topology (topic setup, publishing plans, tests). */
    public Map<String, Object> clientProperties() {
        Map<String, Object> p = new HashMap<>(kafka);
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.remove(StreamsConfig.APPLICATION_ID_CONFIG);
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return p;
    }

    private static ZoneId zone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--time-zone: not a time zone: '" + text + "' (e.g. Asia/Shanghai)");
        }
    }

    /** "100" or "100.00" CNY → fen. */
    private static long money(String text) {
        try {
            return Money.parseFen(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--bill-shock: an amount in CNY such as 100 or 100.00, not '" + text + "'");
        }
    }

    /** ISO-8601 ("P3D", "PT24H"). */
    private static Duration duration(String option, String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--" + option + ": an ISO-8601 duration such as P3D or PT24H, not '" + text + "'");
        }
    }

    private static long whole(String option, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + option + ": a whole number, not '" + text + "'");
        }
    }

    private static Map<String, String> properties(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("--kafka-config: cannot read " + file, e);
        }
        Map<String, String> out = new HashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }
}
