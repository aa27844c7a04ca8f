package dev.retain.app.notify.internal;

import dev.retain.app.notify.CampaignPurpose;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.OutboundMessage;
import dev.retain.app.notify.Outbox;
import dev.retain.app.security.CurrentUser;
import dev.retain.engine.value.Msisdn;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Outbox}: one row of outbox_message in the caller's transaction, so a message exists
 * exactly when the business change that caused it commits. Refusals (an unknown template, a
 * missing variable, a bad number) are {@link IllegalArgumentException}s thrown before anything is
 * written, and leave the caller's transaction usable: it may catch them and carry on.
 */
@Service
public class TransactionalOutbox implements Outbox {

    static final int MAX_KEY = 200;
    static final int MAX_REASON = 100;

    /**
     * A reason that starts like a campaign's tag must name the campaign ({@code campaign:<id>}, optionally more after
     * it): a malformed one would be no campaign's, and escape that campaign's holdout veto.
     */

    /** Templates whose text is a one-time code: refused unless the message is secret. */
    static final java.util.Set<String> SECRET_TEMPLATES = java.util.Set.of("one_time_code");

    private final OutboxStore store;
    private final MessageRendering rendering;
    private final CustomerAddresses addresses;
    private final CurrentUser currentUser;
    private final Clock clock;

    TransactionalOutbox(OutboxStore store, MessageRendering rendering, CustomerAddresses addresses, CurrentUser currentUser,
                        Clock clock) {
        this.store = store;
        this.rendering = rendering;
        this.addresses = addresses;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The message's id, and whether this call queued it (false: its idempotency key was queued before). */
    public record Queued(long id, boolean created) {
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = IllegalArgumentException.class)
    public long queue(OutboundMessage message) {
        return queueAs(message, whoIsQueueing(), null).id();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = IllegalArgumentException.class)
    public long queue(OutboundMessage message, Instant notBefore) {
        return queueAs(message, whoIsQueueing(), notBefore).id();
    }

    /** {@link #queue} on behalf of {@code by} (a user or an integration client), as the outbox's screens show it. */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = IllegalArgumentException.class)
    public Queued queueAs(OutboundMessage message, String by) {
        return queueAs(message, by, null);
    }

    /** {@link #queueAs(OutboundMessage, String)}, due no earlier than {@code notBefore} (null: now). */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = IllegalArgumentException.class)
    public Queued queueAs(OutboundMessage message, String by, Instant notBefore) {
        String key = message.idempotencyKey().strip();
        if (key.isEmpty() || key.length() > MAX_KEY) throw new IllegalArgumentException("the idempotency key must have 1 to " + MAX_KEY + " characters");
        Optional<Long> existing = store.idOfKey(key);
        if (existing.isPresent()) return new Queued(existing.get(), false);
        if (message.templateCode() != null && SECRET_TEMPLATES.contains(message.templateCode()) && !message.secret()) {
            // its variables and body would be kept and shown: a code must be queued as a secret
            throw new IllegalArgumentException("template '" + message.templateCode() + "' carries a one-time code: queue it as secret");
        }
        String reason = message.reason() == null || message.reason().isBlank() ? "unspecified" : message.reason().strip();
        if (reason.length() > MAX_REASON) throw new IllegalArgumentException("the reason must have at most " + MAX_REASON + " characters");
        if (CampaignPurpose.malformed(reason)) {
            throw new IllegalArgumentException("a campaign's reason names it: campaign:<id> (not '" + reason + "')");
        }
        String msisdn = null;
        Channel channel;
        if (message.msisdn() != null) {
            String number = message.msisdn().strip();
            if (!Msisdn.isValid(number)) throw new IllegalArgumentException("not a phone number: " + Msisdn.mask(number));
            msisdn = Msisdn.canonical(number);
            channel = rendering.channelFor(message, message.channel() != null ? message.channel() : addresses.preferredChannel(msisdn));
            if (channel == Channel.IN_APP) throw new IllegalArgumentException("in-app messages are for staff, not customers");
        } else {
            channel = message.channel() != null ? message.channel() : Channel.IN_APP;
            if (channel != Channel.IN_APP) throw new IllegalArgumentException("staff are reached in the application (in_app)");
        }
        MessageRendering.Rendered text = rendering.render(message);
        String variables = message.secret() || message.templateCode() == null ? null : JsonMapper.shared().writeValueAsString(message.variables());
        OutboxStore.NewMessage row = new OutboxStore.NewMessage(key, msisdn, message.username(), channel, message.messageClass(),
                message.templateCode(), variables, text.subject(), text.body(), reason, message.secret(), by);
        Optional<Long> id = store.insert(row, clock.instant(), notBefore);
        // a concurrent queue of the same key committed first: its message is the one
        return id.map(i -> new Queued(i, true)).orElseGet(() -> new Queued(store.idOfKey(key).orElseThrow(), false));
    }

    private String whoIsQueueing() {
        try {
            return currentUser.get().username();
        } catch (AuthenticationException none) {
            return "system";
        }
    }
}
