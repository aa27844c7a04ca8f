package dev.retain.app.notify.internal;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageState;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What operations watch (/actuator/prometheus): {@code retain_outbox_backlog{state,channel}}, the
 * messages waiting (queued, held) or in a sender's hands (sending) across all instances, counted in
 * the database at most every {@link #FRESH} however often it is scraped; and
 * {@code retain_outbox_sends_total{channel,outcome}}, each attempt this instance made by what the
 * gateway did (accepted, retry, failed), whose rate is the send rate.
 */
@Component
class OutboxMetrics {

    static final Duration FRESH = Duration.ofSeconds(5);
    static final List<MessageState> WAITING = List.of(MessageState.QUEUED, MessageState.HELD, MessageState.SENDING);
    static final List<Channel> CHANNELS = List.of(Channel.SMS, Channel.EMAIL, Channel.IN_APP);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, Counter> sends = new HashMap<>();
    private volatile Map<String, Long> backlog = Map.of();
    private volatile Instant countedAt = Instant.MIN;

    OutboxMetrics(JdbcClient jdbc, Clock clock, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.clock = clock;
        for (MessageState state : WAITING) {
            for (Channel channel : CHANNELS) {
                Gauge.builder("retain.outbox.backlog", this, m -> m.waiting(state, channel))
                        .description("Outbox messages waiting or being sent, by state and channel")
                        .tag("state", state.code()).tag("channel", channel.code()).register(registry);
            }
        }
        for (Channel channel : CHANNELS) {
            for (String outcome : List.of("accepted", "retry", "failed")) {
                sends.put(channel.code() + "/" + outcome, Counter.builder("retain.outbox.sends")
                        .description("Send attempts of this instance by channel and what the gateway did")
                        .tag("channel", channel.code()).tag("outcome", outcome).register(registry));
            }
        }
    }

    void attempt(Channel channel, String outcome) {
        Counter counter = sends.get(channel.code() + "/" + outcome);
        if (counter != null) counter.increment();
    }

    double waiting(MessageState state, Channel channel) {
        return backlog().getOrDefault(state.code() + "/" + channel.code(), 0L);
    }

    private synchronized Map<String, Long> backlog() {
        Instant now = clock.instant();
        if (Duration.between(countedAt, now).compareTo(FRESH) >= 0 || now.isBefore(countedAt)) {
            Map<String, Long> counts = new HashMap<>();
            jdbc.sql("select state, channel, count(*) from outbox_message where state in ('queued', 'held', 'sending') group by state, channel")
                    .query(rs -> {
                        counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
                    });
            backlog = counts;
            countedAt = now;
        }
        return backlog;
    }
}
