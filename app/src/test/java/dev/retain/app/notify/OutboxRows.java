package dev.retain.app.notify;

import dev.retain.app.notify.internal.Dispatcher;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox's tests' view of its rows, and the small steps every test takes: queue in a transaction, run the dispatcher. */
final class OutboxRows {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Outbox outbox;
    private final Dispatcher dispatcher;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    OutboxRows(Outbox outbox, Dispatcher dispatcher, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A local time in Shanghai as an instant. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    long queue(OutboundMessage message) {
        return tx.execute(status -> outbox.queue(message));
    }

    long marketing(String msisdn, Channel channel, String reason, String key) {
        return queue(new OutboundMessage(msisdn, null, channel, MessageClass.MARKETING, null, null, "【保有】" + reason + " 的消息 回T退订",
                reason, key, false));
    }

    long service(String msisdn, String text, String key) {
        return queue(new OutboundMessage(msisdn, null, Channel.SMS, MessageClass.SERVICE, null, null, text, "usage_alert", key, false));
    }

    /** Rounds until a round finds nothing to do. */
    void drain() {
        for (int i = 0; i < 100; i++) {
            if (dispatcher.dispatchDue().idle()) return;
        }
        throw new AssertionError("the dispatcher never came to rest");
    }

    String state(long id) {
        return jdbc.sql("select state from outbox_message where id = ?").param(id).query(String.class).single();
    }

    String stateReason(long id) {
        return jdbc.sql("select state_reason from outbox_message where id = ?").param(id).query(String.class).optional().orElse(null);
    }

    Instant nextAttempt(long id) {
        return jdbc.sql("select next_attempt_at from outbox_message where id = ?").param(id)
                .query((rs, i) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).single();
    }

    Long mergedInto(long id) {
        return jdbc.sql("select merged_into from outbox_message where id = ?").param(id)
                .query((rs, i) -> rs.getObject(1) == null ? null : rs.getLong(1)).single();
    }

    /** Every state the message took, with its reason where it had one ("held:quiet_hours"). */
    List<String> history(long id) {
        return jdbc.sql("select state, reason from outbox_history where message_id = ? order by id").param(id)
                .query((rs, i) -> rs.getString(2) == null ? rs.getString(1) : rs.getString(1) + ":" + rs.getString(2)).list();
    }
}
