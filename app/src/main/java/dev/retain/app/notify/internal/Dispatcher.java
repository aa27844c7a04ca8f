package dev.retain.app.notify.internal;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.ContactPolicy;
import dev.retain.app.notify.ContactPolicy.Decision;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.channel.ChannelSender;
import dev.retain.app.notify.channel.Dispatch;
import dev.retain.app.notify.channel.SendOutcome;
import dev.retain.app.notify.internal.OutboxStore.Due;
import dev.retain.app.security.PersonalData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, safely beside other dispatchers on this and other instances.
 * One round:
 * <ol>
 *   <li><b>claim</b> (one transaction): the due messages, locked with {@code for update skip locked} so
 *       no two dispatchers take the same; for a customer's message, the customer's advisory lock (or it
 *       is left for whoever holds it), the {@link ContactPolicy} as of now, merging, the address and the
 *       sender; an allowed message becomes {@code sending} (attempt n) — a contact for caps and merging;</li>
 *   <li><b>hand over</b> (one commit per message, just before the call): the attempt's {@code handed_at};</li>
 *   <li><b>send</b> through the channel's {@link ChannelSender}, outside any transaction;</li>
 *   <li><b>record</b> (one transaction): sent with the gateway's id, queued again after a back-off, or
 *       failed, guarded by the attempt number so a late answer cannot overwrite a newer state.</li>
 * </ol>
 * <p><b>A crash.</b> SMPP has no idempotent submit, so after a kill -9 nobody can ask the gateway
 * whether it took the message. The window is from the hand-over commit to the record commit (one
 * gateway round trip and one commit). {@link #resolveInFlight} decides what the crash left behind once
 * the attempt is older than the send timeout: an attempt never handed over cannot have gone out and is
 * queued again ({@link Reasons#RECLAIMED}); one handed over is failed as {@link Reasons#INTERRUPTED}
 * and never sent again — at most once, because a second birthday greeting or one-time code is worse
 * than a visible, explained failure (should the slow sender still answer "accepted", the message
 * becomes sent after all).
 * <p><b>Merging</b> (R6.6): of one customer's marketing and care messages on one channel and business day,
 * the first to go out is the contact; each later one is suppressed as {@link Reasons#MERGED} with the
 * id of that contact. Bodies are rendered when queued (each reason's own wording), and the
 * first-come rule needs no waiting for messages that may never come; the 360 view lists the merged
 * reasons beside the contact.
 */
@Component
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    /** Tries at recording one attempt's outcome (0.5 s, 1 s, 1.5 s apart): a failover or a reset connection passes. */
    private static final int RECORD_TRIES = 4;

    private final OutboxStore store;
    private final ContactPolicy policy;
    private final CustomerAddresses addresses;
    private final ChannelSenders senders;
    private final OutboxMetrics metrics;
    private final NotifySettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Backoff backoff;

    Dispatcher(OutboxStore store, ContactPolicy policy, CustomerAddresses addresses, ChannelSenders senders, OutboxMetrics metrics,
               NotifySettings settings, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.addresses = addresses;
        this.senders = senders;
        this.metrics = metrics;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.backoff = new Backoff(settings.firstRetry(), settings.maxRetry());
    }

    /** A message this round took for an attempt. */
    private record Claimed(ChannelSender sender, Dispatch dispatch) {
    }

    /** What one round did: messages decided (held, suppressed or waiting for a sender) and messages handed to senders. */
    public record Round(int decided, int sent) {

        public boolean idle() {
            return decided == 0 && sent == 0;
        }
    }

    /** One round over up to a batch of due messages. */
    public Round dispatchDue() {
        int[] decided = {0};
        List<Claimed> claimed = tx.execute(status -> claim(clock.instant(), decided));
        for (Claimed c : claimed) {
            try {
                send(c);
            } catch (RuntimeException e) {
                // the database failed us around this one: the in-flight check settles it; the round's others still go
                log.error("outbox message {}: its attempt could not be recorded ({}); the in-flight check settles it",
                        c.dispatch().messageId(), e.getClass().getSimpleName());
            }
        }
        return new Round(decided[0], claimed.size());
    }

    /** Settles attempts whose dispatcher died (see the class comment); the number settled. */
    public int resolveInFlight() {
        Instant now = clock.instant();
        List<OutboxStore.Touched> settled = tx.execute(status -> store.resolveInFlight(now.minus(settings.sendTimeout()), now));
        for (OutboxStore.Touched t : settled) {
            if (Reasons.INTERRUPTED.equals(t.reason())) {
                log.warn("outbox message {} was with a sender when its dispatcher stopped: it may have gone out, and is not sent again", t.id());
            } else {
                log.info("outbox message {} was taken by a dispatcher that stopped before sending it: queued again", t.id());
            }
        }
        return settled.size();
    }

    private List<Claimed> claim(Instant now, int[] decided) {
        List<Claimed> claimed = new ArrayList<>();
        List<Due> due = store.lockDue(now, settings.batchSize());
        int skipped = 0;
        for (Due m : due) {
            String to;
            if (m.toCustomer()) {
                if (!store.tryLockCustomer(m.msisdn())) {
                    skipped++;
                    continue;
                }
                Decision decision = policy.decide(m.msisdn(), m.channel(), m.messageClass(), now, m.reason());
                if (decision.verdict() == Decision.Verdict.SUPPRESS) {
                    store.suppress(m, decision.reason(), null, now);
                    continue;
                }
                if (m.messageClass() == MessageClass.MARKETING) {
                    Optional<Long> contact = todaysContact(m, now);
                    if (contact.isPresent()) {
                        store.suppress(m, Reasons.MERGED, contact.get(), now);
                        continue;
                    }
                }
                if (decision.verdict() == Decision.Verdict.HOLD) {
                    store.hold(m, decision.reason(), decision.until(), now);
                    continue;
                }
                Optional<String> address = addresses.address(m.channel(), m.msisdn());
                if (address.isEmpty()) {
                    store.suppress(m, Reasons.NO_ADDRESS, null, now);
                    continue;
                }
                to = address.get();
            } else {
                to = m.username();
            }
            Optional<ChannelSender> sender = senders.of(m.channel());
            if (sender.isEmpty()) {
                store.hold(m, Reasons.NO_SENDER, now.plus(settings.noSenderWait()), now);
                continue;
            }
            int attempt = m.attempts() + 1;
            store.markSending(m, attempt, now);
            claimed.add(new Claimed(sender.get(), new Dispatch(m.id(), m.channel(), to, m.subject(), m.body(), m.messageClass(),
                    m.secret(), attempt)));
        }
        decided[0] = due.size() - skipped - claimed.size();
        return claimed;
    }

    /** The customer's first marketing contact on this channel today (business zone), if one went out. */
    private Optional<Long> todaysContact(Due m, Instant now) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        return store.firstMarketingContact(m.msisdn(), m.channel(), today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant(), m.id());
    }

    private void send(Claimed c) {
        Dispatch d = c.dispatch();
        Boolean mine = tx.execute(status -> store.handOver(d.messageId(), d.attempt(), clock.instant()));
        if (!Boolean.TRUE.equals(mine)) {
            log.info("outbox message {} attempt {} was taken back before it was sent", d.messageId(), d.attempt());
            return;
        }
        SendOutcome outcome;
        try {
            outcome = c.sender().send(d);
            if (outcome == null) outcome = new SendOutcome.Retry("the sender gave no answer", null);
        } catch (RuntimeException e) {
            // the contract says a sender reports gateway trouble as an outcome: this is a defect before the gateway.
            // Its message may quote the text, so only the kind is logged and stored.
            log.error("sender {} threw {} for {}", c.sender().getClass().getName(), e.getClass().getName(), d);
            outcome = new SendOutcome.Retry("sender error " + e.getClass().getSimpleName(), null);
        }
        recordPersistently(d, outcome);
    }

    /**
     * Records what the gateway did, trying again through a short database outage: an accepted message
     * whose "sent" is never written would end as interrupted and invite a resend. Safe to repeat (each
     * update is guarded by the attempt number).
     */
    private void recordPersistently(Dispatch d, SendOutcome outcome) {
        for (int attempt = 1; ; attempt++) {
            try {
                record(d, outcome);
                return;
            } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
                if (attempt == RECORD_TRIES) throw e;
                log.warn("outbox message {}: recording its attempt failed ({}), trying again", d.messageId(), e.getClass().getSimpleName());
                java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(500L * attempt).toNanos());
            }
        }
    }

    private void record(Dispatch d, SendOutcome outcome) {
        Instant now = clock.instant();
        Channel channel = d.channel();
        if (outcome instanceof SendOutcome.Accepted a) {
            String gatewayId = a.gatewayMessageId() == null || a.gatewayMessageId().isBlank() ? null : a.gatewayMessageId();
            tx.executeWithoutResult(status -> {
                // a receipt for this id may be arriving now: both take the id's lock first, so one of them sees the other
                if (gatewayId != null) store.lockReceipt(channel, gatewayId);
                if (store.sent(d.messageId(), d.attempt(), gatewayId, Math.max(1, a.segments()), now) && gatewayId != null) {
                    store.takeUnmatched(channel, gatewayId).ifPresent(r -> store.byGatewayId(channel, gatewayId)
                            .ifPresent(m -> store.receipt(m, r.delivered(), r.error(), r.at(), now)));
                }
            });
            metrics.attempt(channel, "accepted");
        } else if (outcome instanceof SendOutcome.Retry r) {
            String error = PersonalData.maskNumbersIn(r.error() == null || r.error().isBlank() ? "retry" : r.error());
            if (d.attempt() >= settings.maxAttempts()) {
                tx.executeWithoutResult(status -> store.failed(d.messageId(), d.attempt(), Reasons.GAVE_UP, error, now));
                log.warn("outbox message {} failed after {} attempts: {}", d.messageId(), d.attempt(), error);
            } else {
                Instant next = now.plus(backoff.after(d.attempt(), r.after()));
                tx.executeWithoutResult(status -> store.retry(d.messageId(), d.attempt(), error, next, now));
            }
            metrics.attempt(channel, "retry");
        } else if (outcome instanceof SendOutcome.Unreachable u) {
            // waiting for the gateway to come back is not an attempt that failed: no giving up
            String error = PersonalData.maskNumbersIn(u.error() == null || u.error().isBlank() ? "unreachable" : u.error());
            Instant next = now.plus(u.after() != null ? u.after() : settings.noSenderWait());
            tx.executeWithoutResult(status -> store.waitForGateway(d.messageId(), d.attempt(), error, next, now));
            metrics.attempt(channel, "retry");
        } else if (outcome instanceof SendOutcome.Failed f) {
            String error = PersonalData.maskNumbersIn(f.error() == null || f.error().isBlank() ? "refused" : f.error());
            tx.executeWithoutResult(status -> store.failed(d.messageId(), d.attempt(), error, error, now));
            metrics.attempt(channel, "failed");
        }
    }
}
