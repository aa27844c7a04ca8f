package dev.retain.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.RetainWebTest;
import dev.retain.app.TestLogins;
import dev.retain.app.alert.internal.KafkaSettings;
import dev.retain.app.alert.internal.UsageAlertConsumer;
import dev.retain.engine.alert.AlertKind;
import dev.retain.engine.alert.Allowance;
import dev.retain.engine.alert.Resource;
import dev.retain.engine.alert.UsageAlert;
import dev.retain.engine.alert.UsageAlertJson;
import dev.retain.engine.alert.UsageTotals;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The consumer of the topology's {@code usage-alerts} against a real broker: an alert on the topic
 * becomes one usage_alert row, one message and one task; the same alert again (a redelivery, or a
 * second group reading the topic from its start) creates nothing; a record that is not an alert is
 * skipped; the offsets are committed. MSISDNs 1369433xxxx belong to this class.
 */
@RetainWebTest
class UsageAlertConsumerTests {

    private static final String TOPIC = "usage-alerts";
    private static LocalKafka kafka;

    @Autowired AlertDelivery delivery;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;

    @BeforeAll
    static void broker() throws Exception {
        kafka = LocalKafka.start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stopBroker() throws Exception {
        kafka.close();
    }

    private static UsageAlert alert(String msisdn) {
        YearMonth month = YearMonth.of(2035, 4);
        return new UsageAlert(UsageAlert.idOf(msisdn, month, Resource.DATA, 80), msisdn, month, AlertKind.ALLOWANCE, Resource.DATA, 80, 0,
                new UsageTotals(820_000, 30, 2), new Allowance(1_000, 100, 10), 0, AlertFixture.PLAN, "cdr-7",
                Instant.parse("2035-04-10T02:00:00Z"));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static void await(BooleanSupplier done, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(100);
        }
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        }
    }

    /** Until the group committed offsets past {@code records} records: they were acted on in a committed transaction. */
    private void awaitCommitted(String group, long records) throws InterruptedException {
        await(() -> {
            try {
                return committed(group).values().stream().mapToLong(OffsetAndMetadata::offset).sum() == records;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, group + "'s offsets of all " + records + " records committed");
    }

    @Test
    void anAlertOnTheTopicBecomesOneMessageAndOneTaskAndARedeliveryNothing() throws Exception {
        String msisdn = "13694330001";
        new AlertFixture(jdbc).subscriber(msisdn, TestLogins.PHONE.toUpperCase());
        UsageAlert a = alert(msisdn);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, msisdn, UsageAlertJson.write(a))).get();
            producer.send(new ProducerRecord<>(TOPIC, msisdn, "{\"alert_id\":\"broken\"}".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(TOPIC, msisdn, UsageAlertJson.write(a))).get(); // delivered again
        }

        UsageAlertConsumer first = new UsageAlertConsumer(new KafkaSettings(kafka.bootstrapServers(), TOPIC, "app-1", Map.of()),
                delivery, transactions);
        first.start();
        try {
            await(() -> first.skipped() == 1 && count("select count(*) from usage_alert where alert_id = ?", a.alertId()) == 1,
                    "the alert and the broken record");
            awaitCommitted("app-1", 3);
        } finally {
            first.stop();
        }
        assertThat(first.delivered()).isEqualTo(1);

        // another group reads the whole topic again: every alert is known, nothing new
        UsageAlertConsumer again = new UsageAlertConsumer(new KafkaSettings(kafka.bootstrapServers(), TOPIC, "app-2", Map.of()),
                delivery, transactions);
        again.start();
        try {
            awaitCommitted("app-2", 3);
        } finally {
            again.stop();
        }
        assertThat(again.delivered()).isZero();
        assertThat(again.skipped()).isEqualTo(1);

        assertThat(count("select count(*) from usage_alert where msisdn = ? and source = 'kafka'", msisdn)).isEqualTo(1);
        assertThat(count("select count(*) from outbox_message where msisdn = ? and idempotency_key = ?", msisdn, "usage-alert:" + a.alertId()))
                .isEqualTo(1);
        assertThat(jdbc.sql("select task_id || ' ' || kind || ' ' || manager_id from task where msisdn = ?").param(msisdn)
                .query(String.class).list()).containsExactly(AlertDelivery.taskIdOf(a) + " usage-alert " + TestLogins.PHONE.toUpperCase());
    }
}
