package dev.retain.app.campaign.offer;

import dev.retain.app.security.AuditLog;
import dev.retain.app.segment.RuleFacts;
import dev.retain.engine.value.Msisdn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers' answers to offers (SPEC R7.3) and what they teach: an answer is recorded with the customer's segment at
 * the time — the zone of their newest rule facts (an answer needs them: the offer's rule is checked on them) — and the acceptance rate of an offer is learned
 * per offer and zone, starting from the offer's prior as a Beta prior worth {@code retain.offers.prior-weight} answers.
 * Zone alone, not zone × tier: the catalogue's offers are few and answers are scarce at first, and the zone is what the
 * playbooks and the cycle already act on; twelve cells per offer would stay at the prior for months.
 */
@Service
public class OfferResponses {

    public static final String AUDIT = "offer_response";

    private final OfferResponseStore store;
    private final Offers offers;
    private final RuleFacts facts;
    private final EligibilityRules rules;
    private final OfferSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    OfferResponses(OfferResponseStore store, Offers offers, RuleFacts facts, EligibilityRules rules, OfferSettings settings, AuditLog audit,
                   Clock clock) {
        this.store = store;
        this.offers = offers;
        this.facts = facts;
        this.rules = rules;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the customer's answer to an offer made to them (on a task, if {@code taskId}; in a campaign, if
     * {@code campaignId}) and returns its id; see {@link #record(String, long, OfferOutcome, String, Long, String, String)}.
     */
    @Transactional
    public long record(String number, long offerId, OfferOutcome outcome, String taskId, Long campaignId, String by) {
        return record(number, offerId, outcome, taskId, campaignId, null, by).id();
    }

    /**
     * Records the customer's answer to an offer made to them (on a task, if {@code taskId}; in a campaign, if
     * {@code campaignId}). {@code formKey} (optional) is the answering form's key: the same key again answers the first
     * answer, nothing taken or added twice. The answer is refused unless the offer could be made to the customer now, as
     * the ranking judges it: the offer active and valid today, the customer's newest rule facts there and its eligibility
     * rule true on them, not declined by the customer within the decline window, and not accepted by them since the
     * offer's first valid day (one acceptance per customer for as long as the offer runs: accepted, it is not offered
     * again). An acceptance takes one of the offer's stock: refused when none is left. The customer's answers are
     * checked and recorded one at a time (a lock on the customer for the transaction).
     */
    @Transactional
    public RecordedAnswer record(String number, long offerId, OfferOutcome outcome, String taskId, Long campaignId, String formKey,
                                 String by) {
        if (number == null || !Msisdn.isValid(number.strip())) throw new OfferRefused("msisdn", "offer.error.msisdn");
        String msisdn = Msisdn.canonical(number.strip());
        String key = formKey == null || formKey.isBlank() ? null : formKey.strip();
        if (key != null && key.length() > 100) throw new OfferRefused(null, "offer.error.form-key");
        store.lockCustomer(msisdn);
        if (key != null) {
            Optional<Map.Entry<String, RecordedAnswer>> first = store.byFormKey(key);
            // a key answers only for its own customer: another's key says nothing of that customer's answer
            if (first.isPresent() && !first.get().getKey().equals(msisdn)) throw new OfferRefused(null, "offer.error.form-key");
            if (first.isPresent()) return first.get().getValue();
        }
        Offer offer = offers.get(offerId);
        LocalDate today = LocalDate.now(clock);
        if (!offer.active() || !offer.validOn(today)) throw new OfferRefused(null, "offer.error.not-offerable");
        RuleFacts.MonthFacts month = facts.of(msisdn).orElseThrow(() -> new OfferRefused(null, "offer.error.no-facts"));
        if (!rules.holds(offer, month.facts())) throw new OfferRefused(null, "offer.error.not-eligible");
        if (acceptedWithinValidity(msisdn, List.of(offer)).contains(offerId)) throw new OfferRefused(null, "offer.error.already-accepted");
        if (declinedRecently(msisdn).contains(offerId)) throw new OfferRefused(null, "offer.error.declined-recently", settings.declineWindowDays());
        if (outcome == OfferOutcome.ACCEPTED && !offers.take(offerId)) throw new OfferRefused(null, "offer.error.no-stock");
        String segment = month.facts().zone;
        String task = taskId == null || taskId.isBlank() ? null : taskId.strip();
        long id = store.insert(offerId, msisdn, outcome, segment, task, campaignId, key, clock.instant(), by);
        audit.recordAs(by, AUDIT, msisdn, "offer " + offer.code() + " " + outcome.code() + " (" + segment + ")"
                + (task == null ? "" : ", task " + task) + (campaignId == null ? "" : ", campaign " + campaignId));
        return new RecordedAnswer(id, offerId, outcome, false);
    }

    /**
     * Those of {@code candidates} the customer accepted on or after the offer's first valid day (in the clock's zone): one
     * acceptance per customer while an offer runs; an offer run again with new dates may be accepted again.
     */
    @Transactional(readOnly = true)
    public Set<Long> acceptedWithinValidity(String msisdn, List<Offer> candidates) {
        Map<Long, Instant> last = store.lastAccepted(msisdn);
        Set<Long> out = new HashSet<>();
        for (Offer o : candidates) {
            Instant at = last.get(o.id());
            if (at != null && !at.isBefore(o.validFrom().atStartOfDay(clock.getZone()).toInstant())) out.add(o.id());
        }
        return out;
    }

    /** The offers the customer declined within the decline window: not offered again yet. */
    @Transactional(readOnly = true)
    public Set<Long> declinedRecently(String msisdn) {
        return store.declinedSince(msisdn, clock.instant().minus(Duration.ofDays(settings.declineWindowDays())));
    }

    /** The learned acceptance of every offer in every segment it has answers in (for the closed loop's report). */
    @Transactional(readOnly = true)
    public List<LearnedAcceptance> learned() {
        return store.counts().stream().map(this::learned).toList();
    }

    /** The learned acceptance of one offer, per segment it has answers in. */
    @Transactional(readOnly = true)
    public List<LearnedAcceptance> learned(long offerId) {
        return store.counts(offerId).stream().map(this::learned).toList();
    }

    /** The learned acceptance of each of {@code candidates} in {@code segment}: the prior for an offer without answers there. */
    @Transactional(readOnly = true)
    public Map<Long, LearnedAcceptance> learnedIn(String segment, List<Offer> candidates) {
        Map<Long, OfferResponseStore.Counts> counted = new HashMap<>();
        for (OfferResponseStore.Counts c : store.countsInSegment(segment, candidates.stream().map(Offer::id).toList())) {
            counted.put(c.offerId(), c);
        }
        Map<Long, LearnedAcceptance> out = new HashMap<>();
        for (Offer o : candidates) {
            OfferResponseStore.Counts c = counted.getOrDefault(o.id(),
                    new OfferResponseStore.Counts(o.id(), o.code(), segment, 0, 0, o.priorAcceptance()));
            out.put(o.id(), learned(c));
        }
        return out;
    }

    public int priorWeight() {
        return settings.priorWeight();
    }

    private LearnedAcceptance learned(OfferResponseStore.Counts c) {
        int w = settings.priorWeight();
        return new LearnedAcceptance(c.offerId(), c.offerCode(), c.segment(), c.accepted(), c.declined(), c.prior(), w,
                LearnedAcceptance.rate(c.prior(), w, c.accepted(), c.accepted() + c.declined()));
    }
}
