package dev.retain.app.alert.internal;

import dev.retain.app.alert.AlertDelivery;
import dev.retain.engine.alert.UsageAlert;
import dev.retain.engine.alert.UsageAlertJson;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the topology's {@code usage-alerts} topic and acts on each alert ({@link AlertDelivery}): one
 * database transaction per polled batch, the offsets committed only after it committed. A crash
 * between the two delivers the batch again, and acting on an alert id a second time does nothing, so
 * every alert becomes exactly one message and one task. A record that is not an alert is logged and
 * skipped (it can never become one); a failing database rewinds to the batch's first record and tries
 * again after a pause, never skipping an alert.
 */
public class UsageAlertConsumer implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(UsageAlertConsumer.class);
    static final Duration POLL = Duration.ofMillis(500);
    static final Duration RETRY_PAUSE = Duration.ofSeconds(5);

    private final KafkaSettings settings;
    private final AlertDelivery delivery;
    private final TransactionTemplate transactions;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile boolean stopping;
    private Thread thread;

    public UsageAlertConsumer(KafkaSettings settings, AlertDelivery delivery, PlatformTransactionManager transactionManager) {
        this.settings = settings;
        this.delivery = delivery;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public synchronized void start() {
        if (thread != null) return;
        stopping = false;
        thread = new Thread(this, "usage-alerts-consumer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops polling and waits for the batch in hand to finish (its offsets are committed or left for the next owner). */
    public synchronized void stop() {
        if (thread == null) return;
        stopping = true;
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) c.wakeup();
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    /** Alerts acted on for the first time by this consumer. */
    public long delivered() {
        return delivered.get();
    }

    /** Records that were not alerts. */
    public long skipped() {
        return skipped.get();
    }

    @Override
    public void run() {
        // a consumer that failed (a rebalance mid-commit, the broker refusing us) is made again after a pause:
        // alerts must not wait for a restart of the application
        while (!stopping) {
            consumeUntilFailure();
            if (!stopping && !pause()) break;
        }
    }

    private void consumeUntilFailure() {
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(settings.consumerProperties())) {
            consumer = c;
            c.subscribe(List.of(settings.alertsTopic()));
            log.info("usage alerts: reading {} from {} (group {})", settings.alertsTopic(), settings.bootstrapServers(), settings.groupId());
            while (!stopping) {
                ConsumerRecords<String, byte[]> records;
                try {
                    records = c.poll(POLL);
                } catch (WakeupException e) {
                    break;
                }
                if (records.isEmpty()) continue;
                try {
                    int fresh = transactions.execute(tx -> actOn(records));
                    delivered.addAndGet(fresh);
                    c.commitSync(nextOffsets(records));
                } catch (WakeupException e) {
                    break; // the batch committed in the database; its offsets not: the next owner finds them done
                } catch (RuntimeException e) {
                    log.warn("usage alerts: a batch of {} failed; reading it again in {} s: {}", records.count(),
                            RETRY_PAUSE.toSeconds(), e.toString());
                    rewind(c, records);
                    if (!pause()) break;
                }
            }
        } catch (RuntimeException e) {
            log.error("usage alerts: the consumer failed; a new one starts in {} s", RETRY_PAUSE.toSeconds(), e);
        } finally {
            consumer = null;
        }
    }

    private int actOn(ConsumerRecords<String, byte[]> records) {
        int fresh = 0;
        for (ConsumerRecord<String, byte[]> r : records) {
            UsageAlert alert;
            try {
                alert = UsageAlertJson.parse(r.value());
            } catch (IllegalArgumentException e) {
                skipped.incrementAndGet();
                log.warn("usage alerts: {}-{}@{} is not an alert, skipped: {}", r.topic(), r.partition(), r.offset(), e.getMessage());
                continue;
            }
            if (delivery.deliver(alert, UsageAlertStore.KAFKA)) fresh++;
        }
        return fresh;
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (TopicPartition p : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> inPartition = records.records(p);
            next.put(p, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
        }
        return next;
    }

    /** Back to the batch's first records, on the partitions this consumer still owns (a rebalance may have taken some). */
    private static void rewind(KafkaConsumer<String, byte[]> c, ConsumerRecords<String, byte[]> records) {
        java.util.Set<TopicPartition> owned = c.assignment();
        for (TopicPartition p : records.partitions()) {
            if (owned.contains(p)) c.seek(p, records.records(p).get(0).offset());
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
            return !stopping;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
