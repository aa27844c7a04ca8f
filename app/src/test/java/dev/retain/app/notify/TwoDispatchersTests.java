package dev.retain.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.SharedDatabase;
import dev.retain.app.notify.channel.Dispatch;
import dev.retain.app.notify.internal.Dispatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the application on one PostgreSQL, each with two dispatchers running at once
 * against a slow gateway: every message goes out exactly once, whichever instance takes it.
 */
class TwoDispatchersTests {

    private static final int MESSAGES = 240;

    /** Each instance's SMS gateway: a slow one, before any real sender. */
    @Configuration(proxyBeanMethods = false)
    static class SlowGateway {

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        ScriptedGateway slowSmsGateway() {
            ScriptedGateway gateway = new ScriptedGateway(Channel.SMS);
            gateway.slowEverySend(Duration.ofMillis(3));
            return gateway;
        }
    }

    @Test
    void twoInstancesWithTwoDispatchersEachNeverSendAMessageTwice() throws Exception {
        try (SharedDatabase db = SharedDatabase.start()) {
            String[] properties = {"retain.jobs.enabled=false", "retain.notify.batch-size=10"};
            ConfigurableApplicationContext a = db.startInstance(new Class<?>[] {SlowGateway.class}, properties);
            ConfigurableApplicationContext b = db.startInstance(new Class<?>[] {SlowGateway.class}, properties);
            TransactionTemplate tx = new TransactionTemplate(a.getBean(PlatformTransactionManager.class));
            Outbox outbox = a.getBean(Outbox.class);
            for (int batch = 0; batch < MESSAGES / 40; batch++) {
                int first = batch * 40;
                tx.executeWithoutResult(status -> {
                    for (int i = first; i < first + 40; i++) {
                        outbox.queue(new OutboundMessage(String.format("139%08d", 50000 + i), null, Channel.SMS, MessageClass.SERVICE, null,
                                null, "提醒 " + i, "usage_alert", "two-" + i, false));
                    }
                });
            }
            JdbcClient jdbc = db.jdbc();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (ConfigurableApplicationContext instance : List.of(a, b, a, b)) {
                    Dispatcher dispatcher = instance.getBean(Dispatcher.class);
                    workers.add(pool.submit(() -> {
                        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                        while (System.nanoTime() < deadline && sent(jdbc) < MESSAGES) dispatcher.dispatchDue();
                    }));
                }
                for (Future<?> w : workers) w.get(3, TimeUnit.MINUTES);
            } finally {
                pool.shutdownNow();
            }
            assertThat(sent(jdbc)).isEqualTo(MESSAGES);
            List<Dispatch> handed = new ArrayList<>(a.getBean(ScriptedGateway.class).received());
            List<Dispatch> byB = b.getBean(ScriptedGateway.class).received();
            assertThat(handed).as("instance a sent some").isNotEmpty();
            assertThat(byB).as("instance b sent some").isNotEmpty();
            handed.addAll(byB);
            Map<Long, Integer> times = new HashMap<>();
            handed.forEach(d -> times.merge(d.messageId(), 1, Integer::sum));
            assertThat(times).hasSize(MESSAGES);
            assertThat(times.values()).as("each message handed to a gateway once").containsOnly(1);
            assertThat(jdbc.sql("""
                            select count(*) from outbox_message m
                            where (select count(*) from outbox_history h where h.message_id = m.id and h.state = 'sent') <> 1""")
                    .query(Long.class).single()).as("one sent in each history").isZero();
        }
    }

    private static long sent(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from outbox_message where state = 'sent'").query(Long.class).single();
    }
}
