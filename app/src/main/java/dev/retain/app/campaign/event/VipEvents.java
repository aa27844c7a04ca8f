package dev.retain.app.campaign.event;

import dev.retain.app.campaign.event.VipEventClaimResult.Outcome;
import dev.retain.app.core.web.NotFoundException;
import dev.retain.app.notify.Channel;
import dev.retain.app.notify.MessageClass;
import dev.retain.app.notify.OutboundMessage;
import dev.retain.app.notify.Outbox;
import dev.retain.engine.value.Msisdn;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * VIP events (SPEC R7.6): events and their ticket pools, claims and the waiting list.
 *
 * <p>Never oversold: a ticket is taken by one conditional update ({@code taken < tickets}) and the table checks
 * {@code taken <= tickets} as well. A customer's claims on an event take turns under an advisory lock (the per-customer
 * limit). A claim that finds every eligible pool full locks the event's row and tries once more before it joins the
 * waiting list, and a cancellation holds the same lock while it hands its ticket to the first eligible waiting customer
 * (or gives it back): a ticket freed while a customer is joining the list is never left free with someone waiting.
 *
 * <p>Every ticket and place on the waiting list is told to the customer by SMS through the outbox, in the claim's
 * transaction; a claim by SMS gets an answer for refusals too.
 */
@Service
public class VipEvents {

    private static final Logger log = LoggerFactory.getLogger(VipEvents.class);
    private static final Set<String> TIERS = Set.of("diamond", "gold", "silver", "none");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final VipEventStore store;
    private final VipEventCustomerReadModel customers;
    private final Outbox outbox;
    private final Clock clock;

    VipEvents(VipEventStore store, VipEventCustomerReadModel customers, Outbox outbox, Clock clock) {
        this.store = store;
        this.customers = customers;
        this.outbox = outbox;
        this.clock = clock;
    }

    // ---- events and pools

    @Transactional
    public long create(VipEventDraft draft, String by) {
        String keyword = checked(draft);
        if (store.keywordTaken(keyword, 0)) throw new VipEventRefused("vip.error.keyword-taken", keyword);
        try {
            return store.insertEvent(draft, keyword, clock.instant(), by);
        } catch (org.springframework.dao.DuplicateKeyException e) { // another event took it in between (vip_event_open_keyword)
            throw new VipEventRefused("vip.error.keyword-taken", keyword);
        }
    }

    @Transactional
    public void change(long id, int version, VipEventDraft draft, String by) {
        VipEventView event = get(id);
        String keyword = checked(draft);
        if (event.open() && store.keywordTaken(keyword, id)) throw new VipEventRefused("vip.error.keyword-taken", keyword);
        if (!store.updateEvent(id, version, draft, keyword, clock.instant(), by)) throw new VipEventRefused("vip.error.stale");
    }

    /** Closes an event (no more claims; its keyword is free again) or opens it again (when its keyword is still free). */
    @Transactional
    public void setOpen(long id, int version, boolean open, String by) {
        VipEventView event = get(id);
        if (open && store.keywordTaken(event.keyword(), id)) throw new VipEventRefused("vip.error.keyword-taken", event.keyword());
        if (!store.setState(id, version, open ? "open" : "closed", clock.instant(), by)) throw new VipEventRefused("vip.error.stale");
    }

    @Transactional
    public long addPool(long eventId, String kind, int tickets, List<String> tiers, String groupId, String by) {
        get(eventId);
        TicketPoolKind poolKind = TicketPoolKind.of(kind);
        if (tickets < 0 || tickets > 100_000) throw new VipEventRefused("vip.error.tickets");
        Set<String> chosen = new LinkedHashSet<>();
        for (String t : tiers == null ? List.<String>of() : tiers) {
            if (!TIERS.contains(t)) throw new VipEventRefused("vip.error.tier");
            chosen.add(t);
        }
        String group = groupId == null || groupId.isBlank() ? null : groupId.strip();
        if (poolKind == TicketPoolKind.KEY_ACCOUNT && group == null) throw new VipEventRefused("vip.error.group-needed");
        long id = store.insertPool(eventId, poolKind, tickets, List.copyOf(chosen), group, clock.instant(), by);
        store.lockEvent(eventId);
        fillFromWaitingList(eventId, store.pool(id).orElseThrow());
        return id;
    }

    /** A pool's ticket count; never below the tickets taken. More tickets go first to the waiting list. */
    @Transactional
    public void setTickets(long eventId, long poolId, int tickets, String by) {
        TicketPoolView pool = store.pool(poolId).filter(p -> p.eventId() == eventId)
                .orElseThrow(() -> new NotFoundException("no pool " + poolId + " in event " + eventId));
        if (tickets < 0 || tickets > 100_000) throw new VipEventRefused("vip.error.tickets");
        store.lockEvent(eventId);
        if (!store.setTickets(poolId, tickets)) throw new VipEventRefused("vip.error.below-taken", store.pool(poolId).orElseThrow().taken());
        fillFromWaitingList(eventId, store.pool(poolId).orElseThrow());
        log.info("{} set pool {} of VIP event {} to {} tickets (was {})", by, poolId, eventId, tickets, pool.tickets());
    }

    public VipEventView get(long id) {
        return store.event(id).orElseThrow(() -> new NotFoundException("no VIP event " + id));
    }

    public List<VipEventView> list() {
        return store.events();
    }

    public List<TicketPoolView> pools(long eventId) {
        return store.pools(eventId);
    }

    /** Claims of the event: tickets and the waiting list first (in their order), cancelled last. */
    public List<VipEventClaimView> claims(long eventId) {
        return store.claims(eventId);
    }

    /** The open event whose keyword a customer's whole text is ({@link VipEventKeywords#fold}). */
    public Optional<VipEventView> openByKeyword(String text) {
        String folded = VipEventKeywords.fold(text);
        return folded.isEmpty() ? Optional.empty() : store.openByKeyword(folded);
    }

    /** Whether {@code number} is a customer assigned to manager {@code managerId} now. */
    public boolean managedBy(String number, String managerId) {
        if (number == null || managerId == null || !Msisdn.isValid(number.strip())) return false;
        return managerId.equals(customers.managerOf(Msisdn.canonical(number.strip())));
    }

    // ---- claims

    /**
     * A claim of a ticket of event {@code eventId} for {@code number}, once per ({@code channel}, {@code sourceRef}):
     * the same source again answers the first outcome (replay) and changes nothing. The first eligible pool with a
     * ticket left gives it; when all eligible pools are full the customer joins the waiting list.
     */
    @Transactional
    public VipEventClaimResult claim(long eventId, String number, VipEventClaimChannel channel, String sourceRef, String by) {
        if (number == null || !Msisdn.isValid(number.strip())) throw new VipEventRefused("vip.error.msisdn");
        if (sourceRef == null || sourceRef.isBlank() || sourceRef.strip().length() > 100) throw new VipEventRefused("vip.error.reference");
        String msisdn = Msisdn.canonical(number.strip());
        String ref = sourceRef.strip();
        store.lockCustomer(eventId, msisdn);
        Optional<VipEventClaimView> first = store.claimBySource(channel, ref);
        if (first.isPresent()) {
            VipEventClaimView c = first.get();
            if (c.eventId() != eventId || !c.msisdn().equals(msisdn)) throw new VipEventRefused("vip.error.reference-used", ref);
            return new VipEventClaimResult(c.waiting() ? Outcome.WAITING : Outcome.CLAIMED, c, true);
        }
        VipEventView event = get(eventId);
        Instant now = clock.instant();
        if (!event.takingClaims(now)) return refused(event, msisdn, channel, ref, Outcome.CLOSED);
        Optional<VipEventCustomerReadModel.Customer> customer = customers.customer(msisdn);
        if (customer.isEmpty()) return refused(event, msisdn, channel, ref, Outcome.NOT_ELIGIBLE);
        List<TicketPoolView> eligible = new ArrayList<>();
        for (TicketPoolView p : store.pools(eventId)) if (p.admits(customer.get().tier(), customer.get().groupId())) eligible.add(p);
        if (eligible.isEmpty()) return refused(event, msisdn, channel, ref, Outcome.NOT_ELIGIBLE);
        if (store.activeClaims(eventId, msisdn) >= event.perCustomerLimit()) return refused(event, msisdn, channel, ref, Outcome.LIMIT_REACHED);
        Optional<VipEventClaimResult> ticket = take(event, eligible, msisdn, channel, ref, now, by);
        if (ticket.isPresent()) return ticket.get();
        store.lockEvent(eventId); // a cancellation in flight finishes first; then its ticket is either handed on or free
        ticket = take(event, eligible, msisdn, channel, ref, now, by);
        if (ticket.isPresent()) return ticket.get();
        long id = store.insertClaim(eventId, null, msisdn, channel, ref, false, now, by);
        tell(event, msisdn, "vip_event_waiting", channel.code() + ":" + ref);
        return new VipEventClaimResult(Outcome.WAITING, store.claim(id).orElseThrow(), false);
    }

    private Optional<VipEventClaimResult> take(VipEventView event, List<TicketPoolView> eligible, String msisdn, VipEventClaimChannel channel,
                                               String ref, Instant now, String by) {
        for (TicketPoolView pool : eligible) {
            if (store.takeTicket(pool.id())) {
                long id = store.insertClaim(event.id(), pool.id(), msisdn, channel, ref, true, now, by);
                tell(event, msisdn, "vip_event_ticket", channel.code() + ":" + ref);
                return Optional.of(new VipEventClaimResult(Outcome.CLAIMED, store.claim(id).orElseThrow(), false));
            }
        }
        return Optional.empty();
    }

    /** A refusal keeps no row; a customer who texted gets an answer (once per message: the outbox's key). */
    private VipEventClaimResult refused(VipEventView event, String msisdn, VipEventClaimChannel channel, String ref, Outcome outcome) {
        if (channel == VipEventClaimChannel.SMS) {
            String template = switch (outcome) {
                case NOT_ELIGIBLE -> "vip_event_not_eligible";
                case LIMIT_REACHED -> "vip_event_limit";
                default -> "vip_event_closed";
            };
            tell(event, msisdn, template, channel.code() + ":" + ref);
        }
        return new VipEventClaimResult(outcome, null, false);
    }

    /**
     * Cancels a claim. A cancelled ticket goes to the first customer on the waiting list whom its pool admits (who is told
     * by SMS), else back to the pool. Returns the claim that got the ticket, if any.
     */
    @Transactional
    public Optional<VipEventClaimView> cancel(long eventId, long claimId, String by) {
        store.lockEvent(eventId).orElseThrow(() -> new NotFoundException("no VIP event " + eventId));
        VipEventClaimView claim = store.claimForUpdate(claimId).filter(c -> c.eventId() == eventId)
                .orElseThrow(() -> new NotFoundException("no claim " + claimId + " of event " + eventId));
        if ("cancelled".equals(claim.state())) throw new VipEventRefused("vip.error.already-cancelled");
        store.cancel(claimId, clock.instant(), by);
        if (!claim.claimed()) return Optional.empty();
        TicketPoolView pool = store.pool(claim.poolId()).orElseThrow();
        Optional<VipEventClaimView> next = nextWaiting(eventId, pool);
        if (next.isPresent()) {
            promote(get(eventId), next.get(), pool.id());
            return store.claim(next.get().id());
        }
        store.releaseTicket(pool.id());
        return Optional.empty();
    }

    /** Tickets of {@code pool} left free (more tickets, a new pool) go to the waiting list, first come first; the event is locked. */
    private void fillFromWaitingList(long eventId, TicketPoolView pool) {
        VipEventView event = get(eventId);
        for (VipEventClaimView w : store.waiting(eventId)) {
            TicketPoolView now = store.pool(pool.id()).orElseThrow();
            if (now.left() <= 0) return;
            if (!admitted(now, w.msisdn())) continue;
            if (!store.takeTicket(pool.id())) return;
            promote(event, w, pool.id());
        }
    }

    private Optional<VipEventClaimView> nextWaiting(long eventId, TicketPoolView pool) {
        return store.waiting(eventId).stream().filter(w -> admitted(pool, w.msisdn())).findFirst();
    }

    private boolean admitted(TicketPoolView pool, String msisdn) {
        return customers.customer(msisdn).map(c -> pool.admits(c.tier(), c.groupId())).orElse(false);
    }

    private void promote(VipEventView event, VipEventClaimView waiting, long poolId) {
        store.promote(waiting.id(), poolId, clock.instant());
        tell(event, waiting.msisdn(), "vip_event_promoted", "promoted:" + waiting.id());
    }

    private void tell(VipEventView event, String msisdn, String template, String key) {
        outbox.queue(OutboundMessage.toCustomer(msisdn, Channel.SMS, MessageClass.SERVICE, template,
                Map.of("title", event.title(), "starts", WHEN.format(event.startsAt().atZone(clock.getZone())), "venue", event.venue(),
                        "keyword", event.keyword(), "limit", Integer.toString(event.perCustomerLimit())),
                "vip_event", "vip-event:" + event.id() + ":" + key + ":" + template));
    }

    private static String checked(VipEventDraft d) {
        if (d.title() == null || d.title().isBlank() || d.title().strip().length() > 100) throw new VipEventRefused("vip.error.title");
        VipEventKind.of(d.kind());
        if (d.venue() == null || d.venue().isBlank() || d.venue().strip().length() > 200) throw new VipEventRefused("vip.error.venue");
        if (d.startsAt() == null || d.claimsFrom() == null || d.claimsUntil() == null) throw new VipEventRefused("vip.error.times");
        if (!d.claimsUntil().isAfter(d.claimsFrom()) || d.claimsUntil().isAfter(d.startsAt())) throw new VipEventRefused("vip.error.window");
        if (d.perCustomerLimit() < 1 || d.perCustomerLimit() > 10) throw new VipEventRefused("vip.error.limit");
        return VipEventKeywords.checked(d.keyword());
    }
}
