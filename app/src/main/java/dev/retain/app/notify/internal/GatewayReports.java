package dev.retain.app.notify.internal;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.CustomerTextReceived;
import dev.retain.app.notify.MessageState;
import dev.retain.app.notify.channel.DeliveryReports;
import dev.retain.app.security.PersonalData;
import dev.retain.engine.value.Msisdn;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DeliveryReports}: receipts move a sent message to delivered or failed; a receipt that
 * overtakes its message's "sent" commit waits in unmatched_receipt and is applied by that commit.
 * Every message a customer sends back is kept (inbound_message); one that is an opt-out keyword
 * ({@link OptOutKeywords}) opts the sender out of marketing on every channel at once, from the
 * next message the dispatcher decides on; any other is published as {@link CustomerTextReceived} with the same
 * transaction, for the modules that answer texts.
 */
@Service
class GatewayReports implements DeliveryReports {

    private static final Logger log = LoggerFactory.getLogger(GatewayReports.class);
    static final String OPTED_OUT = "opted_out";

    private final OutboxStore store;
    private final OptOuts optOuts;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    GatewayReports(OutboxStore store, OptOuts optOuts, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.optOuts = optOuts;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public void receipt(Channel channel, String gatewayMessageId, boolean delivered, String error, Instant at) {
        if (channel == null || gatewayMessageId == null || gatewayMessageId.isBlank()) {
            log.warn("a receipt without a channel or message id was ignored");
            return;
        }
        Instant now = clock.instant();
        Instant when = at == null ? now : at;
        String cause = delivered ? null : PersonalData.maskNumbersIn(error == null || error.isBlank() ? "undelivered" : error);
        store.lockReceipt(channel, gatewayMessageId);
        Optional<OutboxStore.Touched> message = store.byGatewayId(channel, gatewayMessageId);
        if (message.isEmpty()) {
            store.keepUnmatched(channel, gatewayMessageId, delivered, cause, when, now);
            log.info("a {} receipt names gateway id {}, which no sent message has (yet): kept for a week", channel.code(), gatewayMessageId);
            return;
        }
        if (message.get().state() != MessageState.SENT) {
            log.debug("a second receipt for outbox message {} was ignored", message.get().id());
            return;
        }
        store.receipt(message.get(), delivered, cause, when, now);
    }

    @Override
    @Transactional
    public void inbound(Channel channel, String fromMsisdn, String text, Instant at) {
        if (channel == null || fromMsisdn == null || fromMsisdn.isBlank()) {
            log.warn("an inbound message without a channel or sender was ignored");
            return;
        }
        Instant when = at == null ? clock.instant() : at;
        String msisdn = Msisdn.canonical(fromMsisdn.strip());
        Optional<String> keyword = OptOutKeywords.keyword(text);
        long id = jdbc.sql("insert into inbound_message (channel, msisdn, text, received_at, action) values (?, ?, ?, ?, ?) returning id")
                .params(channel.code(), msisdn, text == null ? "" : text, Timestamp.from(when), keyword.isPresent() ? OPTED_OUT : "none")
                .query(Long.class).single();
        if (keyword.isEmpty()) {
            log.info("an inbound {} message from {} is no keyword", channel.code(), PersonalData.maskMsisdn(msisdn));
            events.publishEvent(new CustomerTextReceived(channel, msisdn, text == null ? "" : text, when, channel.code() + ":" + id));
            return;
        }
        boolean changed = optOuts.add(msisdn, OptOutScope.MARKETING, keyword.get(), "keyword:" + channel.code(), "customer", when);
        log.info("{} replied {} on {}: {}", PersonalData.maskMsisdn(msisdn), keyword.get(), channel.code(),
                changed ? "opted out of marketing on every channel" : "already opted out");
    }
}
