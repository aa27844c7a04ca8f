package dev.retain.app.notify.internal;

import dev.retain.app.admin.ContactRules;
import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.customer.ContactDetails;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.ContactPolicy;
import dev.retain.app.notify.ContactVeto;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.internal.OptOuts.OptOut;
import dev.retain.engine.value.Msisdn;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The one contact policy (SPEC R6.6, R14.4), asked at the moment of sending (so an opt-out, a new
 * consent flag or a changed setting counts at once) and before an outbound call task:
 * <ol>
 *   <li>for a contact with a purpose, a module's {@link ContactVeto} (a campaign's holdout) suppresses it;</li>
 *   <li>a block by staff ({@link OptOutScope#ALL}) stops everything, service messages too;</li>
 *   <li>a service message (one-time code, alert, complaint update) goes: no cap, quiet hours, consent or DND holds it;</li>
 *   <li>marketing and care: an opt-out, then DND, then missing consent (or a number that is no customer) suppress it;</li>
 *   <li>the week's and then the month's cap per customer and channel hold it until the next week or month (calls are
 *       no outbox messages and have no cap here);</li>
 *   <li>quiet hours hold it until they end.</li>
 * </ol>
 * Merging (one marketing contact per customer, channel and day) needs the message itself and is the
 * dispatcher's ({@link Dispatcher}). Weeks run Monday to Sunday and months are calendar months, in
 * the business zone of the {@link Clock}.
 */
@Service
class OneContactPolicy implements ContactPolicy {

    private final OptOuts optOuts;
    private final ContactDetails consent;
    private final OutboxStore outbox;
    private final RetentionSettings settings;
    private final Clock clock;
    private final ObjectProvider<ContactVeto> vetoes;

    OneContactPolicy(OptOuts optOuts, ContactDetails consent, OutboxStore outbox, RetentionSettings settings, Clock clock,
                     ObjectProvider<ContactVeto> vetoes) {
        this.vetoes = vetoes; // none in a slice without the modules that veto
        this.optOuts = optOuts;
        this.consent = consent;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** A module's veto (a campaign's holdout) first, whatever the message's class: then the policy as for any contact. */
    @Override
    public Decision decide(String msisdn, Channel channel, MessageClass messageClass, Instant at, String purpose) {
        Objects.requireNonNull(msisdn, "msisdn");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(messageClass, "messageClass");
        Objects.requireNonNull(at, "at");
        String number = Msisdn.canonical(msisdn.trim());
        if (purpose != null) {
            for (ContactVeto veto : (Iterable<ContactVeto>) vetoes.orderedStream()::iterator) {
                Optional<String> reason = veto.veto(number, channel, purpose);
                if (reason.isPresent()) return Decision.suppress(reason.get());
            }
        }
        return policy(number, channel, messageClass, at);
    }

    /** The policy itself, after the vetoes, for a canonical {@code number}: consent, opt-outs, caps, quiet hours. */
    private Decision policy(String number, Channel channel, MessageClass messageClass, Instant at) {
        Optional<OptOut> optOut = optOuts.of(number);
        if (optOut.filter(o -> o.scope() == OptOutScope.ALL).isPresent()) return Decision.suppress(Reasons.BLOCKED);
        if (messageClass == MessageClass.SERVICE) return Decision.allow();
        if (optOut.isPresent()) return Decision.suppress(Reasons.OPT_OUT);
        Optional<ContactDetails.Contact> flags = consent.of(number);
        if (flags.isEmpty()) return Decision.suppress(Reasons.NOT_A_CUSTOMER);
        if (flags.get().dnd()) return Decision.suppress(Reasons.DND);
        if (!flags.get().marketingConsent()) return Decision.suppress(Reasons.NO_CONSENT);
        ContactRules rules = settings.contactRules();
        ZoneId zone = clock.getZone();
        if (channel != Channel.CALL) {
            LocalDate today = LocalDate.ofInstant(at, zone);
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Instant nextWeek = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
            if (outbox.marketingContacts(number, channel, monday.atStartOfDay(zone).toInstant(), nextWeek) >= rules.weeklyCap()) {
                return Decision.hold(Reasons.WEEKLY_CAP, nextWeek);
            }
            LocalDate first = today.withDayOfMonth(1);
            Instant nextMonth = first.plusMonths(1).atStartOfDay(zone).toInstant();
            if (outbox.marketingContacts(number, channel, first.atStartOfDay(zone).toInstant(), nextMonth) >= rules.monthlyCap()) {
                return Decision.hold(Reasons.MONTHLY_CAP, nextMonth);
            }
        }
        Optional<Instant> quietEnds = new QuietHours(rules.quietStart(), rules.quietEnd(), zone).endAfter(at);
        return quietEnds.map(until -> Decision.hold(Reasons.QUIET_HOURS, until)).orElseGet(Decision::allow);
    }
}
