package dev.retain.app.campaign.offer;

import dev.retain.app.security.AuditLog;
import dev.retain.app.segment.RuleFacts;
import dev.retain.engine.value.Msisdn;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers' answers to offers (SPEC R7.3) and what they teach: an answer is recorded with the customer's segment at
 * the time — the zone of their newest rule facts ("none" without facts) — and the acceptance rate of an offer is learned
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
    private final OfferSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    OfferResponses(OfferResponseStore store, Offers offers, RuleFacts facts, OfferSettings settings, AuditLog audit, Clock clock) {
        this.store = store;
        this.offers = offers;
        this.facts = facts;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the customer's answer to an offer made to them (on a task, if {@code taskId}; in a campaign, if
     * {@code campaignId}). An acceptance takes one of the offer's stock: refused when none is left, as is an answer to an
     * offer that is retired or not valid today. Returns the answer's id.
     */
    @Transactional
    public long record(String number, long offerId, OfferOutcome outcome, String taskId, Long campaignId, String by) {
        if (number == null || !Msisdn.isValid(number.strip())) throw new OfferRefused("msisdn", "offer.error.msisdn");
        String msisdn = Msisdn.canonical(number.strip());
        Offer offer = offers.get(offerId);
        if (!offer.active() || !offer.validOn(java.time.LocalDate.now(clock))) throw new OfferRefused(null, "offer.error.not-offerable");
        if (outcome == OfferOutcome.ACCEPTED && !offers.take(offerId)) throw new OfferRefused(null, "offer.error.no-stock");
        String segment = facts.of(msisdn).map(f -> f.facts().zone).orElse("none");
        String task = taskId == null || taskId.isBlank() ? null : taskId.strip();
        long id = store.insert(offerId, msisdn, outcome, segment, task, campaignId, clock.instant(), by);
        audit.recordAs(by, AUDIT, msisdn, "offer " + offer.code() + " " + outcome.code() + " (" + segment + ")"
                + (task == null ? "" : ", task " + task) + (campaignId == null ? "" : ", campaign " + campaignId));
        return id;
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
        for (OfferResponseStore.Counts c : store.countsInSegment(segment)) counted.put(c.offerId(), c);
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
