package dev.retain.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic from the beginning, as committed transactions show it (or everything, aborted records included). */
final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    TopicReader(String bootstrap, String topic, boolean committedOnly) {
        Map<String, Object> p = new HashMap<>();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, committedOnly ? "read_committed" : "read_uncommitted");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(i -> new TopicPartition(topic, i.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Polls until the records seen so far satisfy the condition, or the timeout passes; returns all seen. */
    List<ConsumerRecord<String, byte[]>> until(Predicate<List<ConsumerRecord<String, byte[]>>> done, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!done.test(seen) && System.nanoTime() < end) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    /** One poll; returns all seen so far. */
    List<ConsumerRecord<String, byte[]>> pollOnce(Duration timeout) {
        consumer.poll(timeout).forEach(seen::add);
        return List.copyOf(seen);
    }

    List<ConsumerRecord<String, byte[]>> atLeast(int n, Duration timeout) {
        return until(s -> s.size() >= n, timeout);
    }

    /** Everything up to the current end of the topic (for read_committed: up to the last stable offset). */
    List<ConsumerRecord<String, byte[]>> toEnd(Duration timeout) {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        return until(s -> end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue()), timeout);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
