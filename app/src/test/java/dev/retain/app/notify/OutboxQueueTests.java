package dev.retain.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retain.app.notify.template.MissingVariableException;
import dev.retain.app.notify.template.UnknownTemplateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Queueing (R13.1): in the caller's transaction only, once per idempotency key, rendered when queued. */
@NotifyTest
class OutboxQueueTests {

    @Autowired Outbox outbox;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private TransactionTemplate tx() {
        return new TransactionTemplate(transactions);
    }

    private static OutboundMessage text(String msisdn, String text, String key) {
        return new OutboundMessage(msisdn, null, Channel.SMS, MessageClass.MARKETING, null, null, text, "promotion", key, false);
    }

    private long rows(String key) {
        return jdbc.sql("select count(*) from outbox_message where idempotency_key = ?").param(key).query(Long.class).single();
    }

    @Test
    void aMessageQueuedInATransactionThatRollsBackLeavesNothing() {
        long[] id = new long[1];
        tx().executeWithoutResult(status -> {
            id[0] = outbox.queue(text("13900010001", "双十一流量包五折", "q-rollback"));
            assertThat(rows("q-rollback")).as("visible inside the transaction").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(rows("q-rollback")).isZero();
        assertThat(jdbc.sql("select count(*) from outbox_history where message_id = ?").param(id[0]).query(Long.class).single()).isZero();
    }

    @Test
    void queueingNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> outbox.queue(text("13900010002", "无事务", "q-no-tx"))).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(rows("q-no-tx")).isZero();
    }

    @Test
    void twentyParallelQueuesOfOneKeyMakeOneMessage() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Long>> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add(pool.submit(() -> {
                    start.await();
                    return tx().execute(status -> outbox.queue(text("13900010003", "同一条消息", "q-parallel")));
                }));
            }
            start.countDown();
            Set<Long> seen = new TreeSet<>();
            for (Future<Long> f : ids) seen.add(f.get(60, TimeUnit.SECONDS));
            assertThat(seen).hasSize(1);
            assertThat(rows("q-parallel")).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from outbox_history where message_id = ?").param(seen.iterator().next())
                    .query(Long.class).single()).as("one queued entry").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTemplateIsRenderedWhenQueuedAndItsVariablesAreKept() {
        long id = tx().execute(status -> outbox.queue(OutboundMessage.toCustomer("+8613900010004", Channel.SMS, MessageClass.MARKETING,
                "t-greeting", Map.of("name", "李先生"), "birthday", "q-template")));
        var row = jdbc.sql("select msisdn, body, template_code, variables::text, state from outbox_message where id = ?").param(id)
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5))).single();
        assertThat(row.get(0)).as("keyed on the canonical number").isEqualTo("13900010004");
        assertThat(row.get(1)).isEqualTo("【保有测试】李先生，祝您生日快乐！回T退订");
        assertThat(row.get(2)).isEqualTo("t-greeting");
        assertThat(row.get(3)).contains("\"name\"").contains("李先生");
        assertThat(row.get(4)).isEqualTo("queued");
    }

    @Test
    void aRefusedTemplateWritesNothingAndLeavesTheCallersTransactionUsable() {
        tx().executeWithoutResult(status -> {
            assertThatThrownBy(() -> outbox.queue(OutboundMessage.toCustomer("13900010005", Channel.SMS, MessageClass.MARKETING,
                    "t-greeting", Map.of(), "birthday", "q-missing")))
                    .isInstanceOf(MissingVariableException.class).hasMessageContaining("{name}");
            assertThatThrownBy(() -> outbox.queue(OutboundMessage.toCustomer("13900010005", Channel.SMS, MessageClass.MARKETING,
                    "t-nothing", Map.of(), "birthday", "q-unknown"))).isInstanceOf(UnknownTemplateException.class);
            // a marketing text may not pass as a service message, which the policy lets through more
            assertThatThrownBy(() -> outbox.queue(OutboundMessage.toCustomer("13900010005", Channel.SMS, MessageClass.SERVICE,
                    "t-greeting", Map.of("name", "李"), "birthday", "q-as-service"))).hasMessageContaining("marketing");
            outbox.queue(text("13900010005", "之后的一条", "q-after-refusals"));
        });
        assertThat(rows("q-missing") + rows("q-unknown") + rows("q-as-service")).isZero();
        assertThat(rows("q-after-refusals")).as("the caller's transaction committed").isEqualTo(1);
    }

    @Test
    void noChannelMeansTheCustomersPreferredOneAndStaffAreReachedInTheApplication() {
        long sms = tx().execute(status -> outbox.queue(new OutboundMessage("13900010006", null, null, MessageClass.SERVICE, null, null,
                "您的账单已出", "bill", "q-preferred", false)));
        long staff = tx().execute(status -> outbox.queue(new OutboundMessage(null, "pm-t1", null, MessageClass.SERVICE, null, null,
                "有新的任务", "task", "q-staff", false)));
        assertThat(jdbc.sql("select channel from outbox_message where id = ?").param(sms).query(String.class).single()).isEqualTo("sms");
        assertThat(jdbc.sql("select channel from outbox_message where id = ?").param(staff).query(String.class).single()).isEqualTo("in_app");
        assertThatThrownBy(() -> tx().execute(status -> outbox.queue(new OutboundMessage("13900010006", null, Channel.IN_APP,
                MessageClass.SERVICE, null, null, "x", "x", "q-in-app-customer", false)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tx().execute(status -> outbox.queue(text("not-a-number", "x", "q-bad-number"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
