package dev.retain.app.alert.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * {@code retain.kafka.*}: where the topology's alerts are read. The consumer reads committed
 * transactions only ({@code read_committed}: the topology writes alerts in exactly-once
 * transactions, an aborted one must not reach a customer) and commits its offsets itself, after the
 * database transaction that acted on the records.
 */
public record KafkaSettings(String bootstrapServers, String alertsTopic, String groupId, Map<String, String> extra) {

    public KafkaSettings {
        extra = Map.copyOf(extra);
    }

    /** Further client properties (security, timeouts) from a properties file; blank = none. */
    public static Map<String, String> readConfigFile(String file) {
        if (file == null || file.isBlank()) return Map.of();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(file.strip()), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("retain.kafka.config-file: cannot read " + file, e);
        }
        Map<String, String> out = new HashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return out;
    }

    public Map<String, Object> consumerProperties() {
        Map<String, Object> p = new HashMap<>(extra);
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a new group starts at the oldest alert kept: acting on an alert twice does nothing, missing one loses a warning
        p.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 200);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return p;
    }
}
