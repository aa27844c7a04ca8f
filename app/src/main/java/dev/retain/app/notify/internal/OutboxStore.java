package dev.retain.app.notify.internal;

import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.MessageState;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox's rows and their history (notify's tables outbox_message, outbox_history). Every
 * change of a message's state is one UPDATE guarded by the state (and attempt) it expects, plus
 * one appended history row in the same transaction: a transition that lost a race changes nothing
 * and says so. A secret body is erased as soon as the message no longer needs it.
 */
@Repository
public class OutboxStore {

    /** The two-key advisory lock space of the dispatcher ('noty'): one customer's messages are decided one at a time. */
    private static final int CUSTOMER_LOCKS = 0x6e6f7479;
    /** Receipts and the "sent" of their message meet under this lock ('rcpt'). */
    private static final int RECEIPT_LOCKS = 0x72637074;

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A message as queued. {@code variablesJson} is null for a plain text and for a secret message. */
    public record NewMessage(String idempotencyKey, String msisdn, String username, Channel channel, MessageClass messageClass,
                             String templateCode, String variablesJson, String subject, String body, String reason, boolean secret,
                             String queuedBy) {
    }

    /** A queued or held message the dispatcher took, locked until its transaction ends. */
    public record Due(long id, String msisdn, String username, Channel channel, MessageClass messageClass, String subject, String body,
                      String reason, boolean secret, int attempts, MessageState state, String stateReason) {

        boolean toCustomer() {
            return msisdn != null;
        }
    }

    /** A message a transition touched, with the attempt it was on. */
    public record Touched(long id, MessageState state, String reason, int attempts) {
    }

    /**
     * Inserts the message as queued with its first history entry, due at {@code notBefore} when that is
     * later than now; empty when its idempotency key was queued before.
     */
    Optional<Long> insert(NewMessage m, Instant now, Instant notBefore) {
        Instant due = notBefore != null && notBefore.isAfter(now) ? notBefore : now;
        Optional<Long> id = jdbc.sql("""
                        insert into outbox_message (idempotency_key, msisdn, username, channel, message_class, template_code, variables,
                          subject, body, reason, secret, state, next_attempt_at, queued_by, queued_at, updated_at)
                        values (:key, :msisdn, :username, :channel, :class, :template, cast(:variables as jsonb), :subject, :body,
                          :reason, :secret, 'queued', :due, :by, :now, :now)
                        on conflict (idempotency_key) do nothing
                        returning id""")
                .param("key", m.idempotencyKey()).param("msisdn", m.msisdn()).param("username", m.username())
                .param("channel", m.channel().code()).param("class", code(m.messageClass())).param("template", m.templateCode())
                .param("variables", m.variablesJson()).param("subject", m.subject()).param("body", m.body())
                .param("reason", m.reason()).param("secret", m.secret()).param("by", m.queuedBy()).param("now", ts(now))
                .param("due", ts(due)).query(Long.class).optional();
        id.ifPresent(i -> history(i, MessageState.QUEUED, null, 0, due.equals(now) ? null : due, now));
        return id;
    }

    Optional<Long> idOfKey(String idempotencyKey) {
        return jdbc.sql("select id from outbox_message where idempotency_key = ?").param(idempotencyKey).query(Long.class).optional();
    }

    /**
     * Up to {@code limit} messages due at {@code now}, skipping those another dispatcher holds: service messages first
     * (a one-time code at a merchant's counter, a complaint's update must not wait behind a campaign's or the care
     * run's thousands of marketing texts), then the rest; oldest due first within each.
     */
    List<Due> lockDue(Instant now, int limit) {
        List<Due> due = new ArrayList<>(lockDue(now, limit, "message_class = 'service'"));
        if (due.size() < limit) due.addAll(lockDue(now, limit - due.size(), "message_class <> 'service'"));
        return due;
    }

    private List<Due> lockDue(Instant now, int limit, String classes) {
        return jdbc.sql("""
                        select id, msisdn, username, channel, message_class, subject, body, reason, secret, attempts, state, state_reason
                        from outbox_message
                        where state in ('queued', 'held') and next_attempt_at <= :now and %s
                        order by next_attempt_at, id
                        limit :limit
                        for update skip locked""".formatted(classes))
                .param("now", ts(now)).param("limit", limit)
                .query((rs, i) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), channel(rs.getString(4)),
                        messageClass(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                        rs.getInt(10), MessageState.ofCode(rs.getString(11)), rs.getString(12)))
                .list();
    }

    /**
     * Whether this transaction now decides for the customer alone: two dispatchers deciding for one
     * customer at once could both find the week's cap not reached, or both be the day's first contact.
     * False: another holds the customer; leave their messages to it.
     */
    boolean tryLockCustomer(String msisdn) {
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:space, hashtext(:msisdn))")
                .param("space", CUSTOMER_LOCKS).param("msisdn", msisdn).query(Boolean.class).single());
    }

    void lockReceipt(Channel channel, String gatewayMessageId) {
        jdbc.sql("select count(*) from (select pg_advisory_xact_lock(:space, hashtext(:key))) waited")
                .param("space", RECEIPT_LOCKS).param("key", channel.code() + ":" + gatewayMessageId).query(Long.class).single();
    }

    /** Held until {@code until}; the history notes it when the state or the reason changed (a re-check that changes nothing is no event). */
    void hold(Due m, String reason, Instant until, Instant now) {
        jdbc.sql("update outbox_message set state = 'held', state_reason = :reason, next_attempt_at = :until, updated_at = :now where id = :id")
                .param("reason", reason).param("until", ts(until)).param("now", ts(now)).param("id", m.id()).update();
        if (m.state() != MessageState.HELD || !reason.equals(m.stateReason())) history(m.id(), MessageState.HELD, reason, m.attempts(), until, now);
    }

    /** Stopped for good by the policy; {@code mergedInto} names the day's contact a merged message went into. */
    void suppress(Due m, String reason, Long mergedInto, Instant now) {
        jdbc.sql("""
                        update outbox_message set state = 'suppressed', state_reason = :reason, merged_into = :merged, next_attempt_at = null,
                          done_at = :now, updated_at = :now, body = case when secret then null else body end
                        where id = :id""")
                .param("reason", reason).param("merged", mergedInto).param("now", ts(now)).param("id", m.id()).update();
        history(m.id(), MessageState.SUPPRESSED, mergedInto == null ? reason : reason + " #" + mergedInto, m.attempts(), null, now);
    }

    /** Taken for an attempt: from now on it counts as a contact (caps, merging) until the attempt ends otherwise. */
    void markSending(Due m, int attempt, Instant now) {
        jdbc.sql("""
                        update outbox_message set state = 'sending', attempts = :attempt, sending_since = :now, handed_at = null,
                          state_reason = null, next_attempt_at = null, updated_at = :now
                        where id = :id""")
                .param("attempt", attempt).param("now", ts(now)).param("id", m.id()).update();
        history(m.id(), MessageState.SENDING, null, attempt, null, now);
    }

    /**
     * Notes that the attempt is about to be handed to the sender, committed before the call: a crash
     * after this may have reached the gateway; before it, it surely did not. False when the attempt is no
     * longer this dispatcher's (a recovery took it back after the send timeout).
     */
    boolean handOver(long id, int attempt, Instant now) {
        return jdbc.sql("update outbox_message set handed_at = :now where id = :id and state = 'sending' and attempts = :attempt")
                .param("now", ts(now)).param("id", id).param("attempt", attempt).update() == 1;
    }

    /** The condition every outcome of an attempt needs: still this attempt, or declared interrupted while the sender was slow. */
    private static final String THIS_ATTEMPT = "id = :id and attempts = :attempt and (state = 'sending' or (state = 'failed' and state_reason = '"
            + Reasons.INTERRUPTED + "'))";

    boolean sent(long id, int attempt, String gatewayMessageId, int segments, Instant now) {
        boolean changed = jdbc.sql("""
                        update outbox_message set state = 'sent', state_reason = null, gateway_message_id = :gateway, segments = :segments,
                          sent_at = :now, done_at = null, updated_at = :now, body = case when secret then null else body end
                        where\s""" + THIS_ATTEMPT)
                .param("gateway", gatewayMessageId).param("segments", segments).param("now", ts(now))
                .param("id", id).param("attempt", attempt).update() == 1;
        if (changed) history(id, MessageState.SENT, null, attempt, null, now);
        return changed;
    }

    boolean retry(long id, int attempt, String error, Instant next, Instant now) {
        boolean changed = jdbc.sql("""
                        update outbox_message set state = 'queued', state_reason = :error, next_attempt_at = :next, handed_at = null,
                          done_at = null, updated_at = :now
                        where\s""" + THIS_ATTEMPT)
                .param("error", error).param("next", ts(next)).param("now", ts(now)).param("id", id).param("attempt", attempt).update() == 1;
        if (changed) history(id, MessageState.QUEUED, error, attempt, next, now);
        return changed;
    }

    /**
     * Waits for an unreachable gateway: queued again with this attempt given back, so that however
     * long the gateway is away, the message keeps all its attempts for the gateway's real answers.
     */
    boolean waitForGateway(long id, int attempt, String error, Instant next, Instant now) {
        boolean changed = jdbc.sql("""
                        update outbox_message set state = 'queued', state_reason = :error, next_attempt_at = :next, handed_at = null,
                          done_at = null, updated_at = :now, attempts = attempts - 1
                        where\s""" + THIS_ATTEMPT)
                .param("error", error).param("next", ts(next)).param("now", ts(now)).param("id", id).param("attempt", attempt).update() == 1;
        if (changed) history(id, MessageState.QUEUED, error, attempt - 1, next, now);
        return changed;
    }

    /** Failed for good: {@code stateReason} on the message, {@code detail} (the gateway's words) in the history. */
    boolean failed(long id, int attempt, String stateReason, String detail, Instant now) {
        boolean changed = jdbc.sql("""
                        update outbox_message set state = 'failed', state_reason = :reason, next_attempt_at = null, done_at = :now,
                          updated_at = :now, body = case when secret then null else body end
                        where\s""" + THIS_ATTEMPT)
                .param("reason", stateReason).param("now", ts(now)).param("id", id).param("attempt", attempt).update() == 1;
        if (changed) history(id, MessageState.FAILED, detail, attempt, null, now);
        return changed;
    }

    /**
     * Attempts whose dispatcher went quiet before {@code cutoff} (its instance died): one never handed
     * to a sender is queued again (it cannot have gone out); one handed over may have reached the
     * gateway, which SMPP cannot be asked about, so it fails as interrupted and is never sent again.
     * An in-app notification is queued again either way: storing it twice stores nothing twice.
     */
    List<Touched> resolveInFlight(Instant cutoff, Instant now) {
        List<Touched> touched = jdbc.sql("""
                        update outbox_message set
                          state = case when handed_at is null or channel = 'in_app' then 'queued' else 'failed' end,
                          state_reason = case when handed_at is null or channel = 'in_app' then :reclaimed else :interrupted end,
                          next_attempt_at = case when handed_at is null or channel = 'in_app' then cast(:now as timestamptz) end,
                          done_at = case when handed_at is null or channel = 'in_app' then null else cast(:now as timestamptz) end,
                          body = case when handed_at is not null and channel <> 'in_app' and secret then null else body end,
                          updated_at = :now
                        where state = 'sending' and coalesce(handed_at, sending_since) < :cutoff
                        returning id, state, state_reason, attempts""")
                .param("reclaimed", Reasons.RECLAIMED).param("interrupted", Reasons.INTERRUPTED)
                .param("now", ts(now)).param("cutoff", ts(cutoff))
                .query((rs, i) -> new Touched(rs.getLong(1), MessageState.ofCode(rs.getString(2)), rs.getString(3), rs.getInt(4)))
                .list();
        touched.forEach(t -> history(t.id(), t.state(), t.reason(), t.attempts(), null, now));
        return touched;
    }

    /** The newest message the gateway knows by this id, locked; empty when none. */
    Optional<Touched> byGatewayId(Channel channel, String gatewayMessageId) {
        return jdbc.sql("""
                        select id, state, state_reason, attempts from outbox_message
                        where channel = :channel and gateway_message_id = :gateway
                        order by sent_at desc nulls last, id desc limit 1
                        for update""")
                .param("channel", channel.code()).param("gateway", gatewayMessageId)
                .query((rs, i) -> new Touched(rs.getLong(1), MessageState.ofCode(rs.getString(2)), rs.getString(3), rs.getInt(4)))
                .optional();
    }

    /** A receipt for a sent message: delivered, or not (with the gateway's error); the history keeps the gateway's time. */
    boolean receipt(Touched m, boolean delivered, String error, Instant at, Instant now) {
        MessageState state = delivered ? MessageState.DELIVERED : MessageState.FAILED;
        boolean changed = jdbc.sql("""
                        update outbox_message set state = :state, state_reason = :reason, done_at = :at, updated_at = :now
                        where id = :id and state = 'sent'""")
                .param("state", state.code()).param("reason", delivered ? null : error).param("at", ts(at)).param("now", ts(now))
                .param("id", m.id()).update() == 1;
        if (changed) history(m.id(), state, delivered ? null : error, m.attempts(), null, at);
        return changed;
    }

    /** A receipt that came before its message's "sent" committed (or for a message this outbox never sent). */
    void keepUnmatched(Channel channel, String gatewayMessageId, boolean delivered, String error, Instant at, Instant now) {
        jdbc.sql("""
                        insert into unmatched_receipt (channel, gateway_message_id, delivered, error, at, received_at)
                        values (:channel, :gateway, :delivered, :error, :at, :now)
                        on conflict (channel, gateway_message_id) do update
                          set delivered = excluded.delivered, error = excluded.error, at = excluded.at, received_at = excluded.received_at""")
                .param("channel", channel.code()).param("gateway", gatewayMessageId).param("delivered", delivered).param("error", error)
                .param("at", ts(at)).param("now", ts(now)).update();
    }

    /** A receipt that waited for this message's id, taken off the waiting list. */
    record WaitingReceipt(boolean delivered, String error, Instant at) {
    }

    Optional<WaitingReceipt> takeUnmatched(Channel channel, String gatewayMessageId) {
        return jdbc.sql("delete from unmatched_receipt where channel = ? and gateway_message_id = ? returning delivered, error, at")
                .params(channel.code(), gatewayMessageId)
                .query((rs, i) -> new WaitingReceipt(rs.getBoolean(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /** Receipts nobody claimed for long: a gateway's report about a message this outbox never sent. */
    int forgetUnmatchedBefore(Instant before) {
        return jdbc.sql("delete from unmatched_receipt where received_at < ?").param(ts(before)).update();
    }

    /** Marketing contacts of a customer on a channel that began in [from, to): those going out, sent or delivered. */
    int marketingContacts(String msisdn, Channel channel, Instant from, Instant to) {
        return jdbc.sql("""
                        select count(*) from outbox_message
                        where msisdn = :msisdn and channel = :channel and message_class = 'marketing'
                          and state in ('sending', 'sent', 'delivered') and sending_since >= :from and sending_since < :to""")
                .param("msisdn", msisdn).param("channel", channel.code()).param("from", ts(from)).param("to", ts(to))
                .query(Integer.class).single();
    }

    /** The first marketing contact of a customer on a channel in [from, to), other than {@code except}. */
    Optional<Long> firstMarketingContact(String msisdn, Channel channel, Instant from, Instant to, long except) {
        return jdbc.sql("""
                        select id from outbox_message
                        where msisdn = :msisdn and channel = :channel and message_class = 'marketing'
                          and state in ('sending', 'sent', 'delivered') and sending_since >= :from and sending_since < :to and id <> :except
                        order by sending_since, id limit 1""")
                .param("msisdn", msisdn).param("channel", channel.code()).param("from", ts(from)).param("to", ts(to))
                .param("except", except).query(Long.class).optional();
    }

    private void history(long id, MessageState state, String reason, int attempt, Instant until, Instant at) {
        jdbc.sql("insert into outbox_history (message_id, state, reason, attempt, until, at) values (?, ?, ?, ?, ?, ?)")
                .params(id, state.code(), reason, attempt, until == null ? null : ts(until), ts(at)).update();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static String code(MessageClass messageClass) {
        return messageClass.name().toLowerCase(Locale.ROOT);
    }

    static Channel channel(String code) {
        return Channel.valueOf(code.toUpperCase(Locale.ROOT));
    }

    static MessageClass messageClass(String code) {
        return MessageClass.valueOf(code.toUpperCase(Locale.ROOT));
    }
}
