package dev.retain.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Makes the two compacted topics hold a {@link PlanBook}: reads what they hold now, then writes only
 * the records that differ and a tombstone for each key no longer in the book. Publishing the same
 * book twice writes nothing; a new export with one plan changed writes one record — which is how a
 * plan change reaches the running topology (its GlobalKTables follow the topics).
 */
public final class PlanTopicsPublisher {

    /** How many records were written: changed or new, and removed (tombstones). */
    public record Published(int plansWritten, int plansRemoved, int subscribersWritten, int subscribersRemoved) {
    }

    private PlanTopicsPublisher() {
    }

    public static Published publish(Map<String, Object> clientProperties, AlertTopics topics, PlanBook book) {
        Map<String, byte[]> plans = new HashMap<>();
        book.plans().forEach((id, p) -> plans.put(id, PlanJson.write(p)));
        Map<String, byte[]> subscribers = new HashMap<>();
        book.subscriberPlans().forEach((msisdn, plan) -> subscribers.put(msisdn, plan.getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> producerProps = new HashMap<>(clientProperties);
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerProps, new StringSerializer(), new ByteArraySerializer())) {
            int[] p = sync(producer, clientProperties, topics.plans(), plans);
            int[] s = sync(producer, clientProperties, topics.subscriberPlans(), subscribers);
            producer.flush();
            return new Published(p[0], p[1], s[0], s[1]);
        }
    }

    private static int[] sync(KafkaProducer<String, byte[]> producer, Map<String, Object> clientProperties, String topic,
                              Map<String, byte[]> wanted) {
        Map<String, byte[]> current = readAll(clientProperties, topic);
        int written = 0;
        int removed = 0;
        for (Map.Entry<String, byte[]> e : wanted.entrySet()) {
            if (!Arrays.equals(current.get(e.getKey()), e.getValue())) {
                producer.send(new ProducerRecord<>(topic, e.getKey(), e.getValue()));
                written++;
            }
        }
        for (String key : current.keySet()) {
            if (!wanted.containsKey(key)) {
                producer.send(new ProducerRecord<>(topic, key, null));
                removed++;
            }
        }
        return new int[] {written, removed};
    }

    /** The latest value per key of a compacted topic (tombstoned keys left out). */
    static Map<String, byte[]> readAll(Map<String, Object> clientProperties, String topic) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, byte[]> latest = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic, Duration.ofSeconds(30)).forEach(i -> partitions.add(new TopicPartition(topic, i.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value() == null) latest.remove(r.key());
                    else latest.put(r.key(), r.value());
                }
            }
        }
        return latest;
    }
}
