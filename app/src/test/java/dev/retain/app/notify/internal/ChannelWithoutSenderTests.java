package dev.retain.app.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.ContactPolicy;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.MovableInstants;
import dev.retain.app.notify.NotifyTest;
import dev.retain.app.notify.OutboundMessage;
import dev.retain.app.notify.Outbox;
import dev.retain.app.notify.channel.ChannelSender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A message whose channel has no sender installed waits, with the reason, and is looked at again
 * later; it is not lost and not failed. A dispatcher of its own without any sender, on the real
 * outbox (the application's own has senders for every channel once they are all built).
 */
@NotifyTest
class ChannelWithoutSenderTests {

    @Autowired Outbox outbox;
    @Autowired OutboxStore store;
    @Autowired ContactPolicy policy;
    @Autowired CustomerAddresses addresses;
    @Autowired OutboxMetrics metrics;
    @Autowired NotifySettings settings;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MovableInstants instants;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    @Test
    void aMessageWhoseChannelHasNoSenderWaitsWithAReasonAndIsNotLost() {
        instants.set(at("2026-03-04T10:00"));
        ChannelSenders none = new ChannelSenders(new StaticListableBeanFactory().getBeanProvider(ChannelSender.class));
        Dispatcher dispatcher = new Dispatcher(store, policy, addresses, none, metrics, settings, transactions, clock);
        long id = new TransactionTemplate(transactions).execute(status -> outbox.queue(new OutboundMessage("13900030001", null,
                Channel.SMS, MessageClass.SERVICE, null, null, "没有发送通道", "usage_alert", "n-no-sender", false)));
        while (!dispatcher.dispatchDue().idle()) {
            // until every due message was looked at
        }
        assertThat(row(id)).containsExactly("held", "no_sender");
        assertThat(jdbc.sql("select next_attempt_at from outbox_message where id = ?").param(id)
                .query((rs, i) -> rs.getTimestamp(1).toInstant()).single()).isEqualTo(at("2026-03-04T10:01"));
        instants.advance(Duration.ofMinutes(1));
        while (!dispatcher.dispatchDue().idle()) {
            // again: still no sender
        }
        assertThat(row(id)).containsExactly("held", "no_sender");
        assertThat(jdbc.sql("select state || ':' || coalesce(reason, '') from outbox_history where message_id = ? order by id").param(id)
                .query(String.class).list()).as("looking again is no new event").containsExactly("queued:", "held:no_sender");
    }

    private List<String> row(long id) {
        return jdbc.sql("select state, state_reason from outbox_message where id = ?").param(id)
                .query((rs, i) -> List.of(rs.getString(1), rs.getString(2))).single();
    }
}
