package dev.retain.app.workorder;

import dev.retain.app.workorder.internal.Deadlines;
import dev.retain.app.workorder.internal.Deadlines.Deadline;
import dev.retain.app.workorder.internal.RoutingRules;
import dev.retain.app.workorder.internal.SubscriberReadModel;
import dev.retain.app.workorder.internal.TimeLimits;
import dev.retain.app.workorder.internal.WorkOrderStore;
import dev.retain.app.workorder.internal.WorkOrderStore.Row;
import dev.retain.engine.value.Msisdn;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work orders from every channel (SPEC R8.2): opened into a queue by the admin's routing rules, moved
 * through their states ({@link WorkOrderStates}) with every change in the append-only history, and timed
 * in business hours. Each method is one transaction; an action the state does not allow throws
 * {@link WorkOrderRefused}, a bad value {@link InvalidWorkOrderField}, and nothing is written.
 */
@Service
public class WorkOrders {

    private static final int MAX_TEXT = 4000;

    private final WorkOrderStore store;
    private final RoutingRules routing;
    private final TimeLimits limits;
    private final Deadlines deadlines;
    private final SubscriberReadModel subscribers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkOrders(WorkOrderStore store, RoutingRules routing, TimeLimits limits, Deadlines deadlines, SubscriberReadModel subscribers,
               ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.routing = routing;
        this.limits = limits;
        this.deadlines = deadlines;
        this.subscribers = subscribers;
        this.events = events;
        this.clock = clock;
    }

    /** Opens the order in the queue its routing rule names; a repeated {@code externalId} returns the first order unchanged. */
    @Transactional
    public WorkOrderView open(NewWorkOrder order) {
        return open(order, null);
    }

    /**
     * The same for an order the sending system opened earlier ({@code openedAt}, not in the future;
     * null: now): its time limit runs from then, so an order handed over late may already be due.
     */
    @Transactional
    public WorkOrderView open(NewWorkOrder order, Instant openedAt) {
        String externalId = blankToNull(order.externalId());
        if (externalId != null && externalId.length() > 200) throw new InvalidWorkOrderField("externalId", "at most 200 characters");
        if (externalId != null) {
            Optional<Long> first = store.idOfExternal(externalId);
            if (first.isPresent()) return sameNumber(store.find(first.get()).orElseThrow().view(), order.msisdn());
        }
        if (order.msisdn() == null || !Msisdn.isValid(order.msisdn().trim())) {
            throw new InvalidWorkOrderField("msisdn", "a phone number (optional + then 5-20 digits) is required");
        }
        String msisdn = Msisdn.canonical(order.msisdn().trim());
        String channel = oneOf("channel", order.channel(), WorkOrderStates.CHANNELS);
        String category = text("category", order.category(), 100);
        String description = text("description", order.description(), MAX_TEXT);
        String priority = order.priority() == null || order.priority().isBlank() ? "regular"
                : oneOf("priority", order.priority(), WorkOrderStates.PRIORITIES);
        String createdBy = text("createdBy", order.createdBy(), 200);
        SubscriberReadModel.RoutingFacts facts = subscribers.of(msisdn).orElse(new SubscriberReadModel.RoutingFacts(null, null));
        String region = blankToNull(order.region()) != null ? order.region().trim() : facts.region();
        String queue = routing.queueFor(category, region, facts.customerClass());
        TimeLimits.Limit limit = limits.limitFor(category, priority);
        Instant now = clock.instant();
        if (openedAt != null && openedAt.isAfter(now)) throw new InvalidWorkOrderField("openedAt", "in the future (" + openedAt + ")");
        if (openedAt != null) now = openedAt;
        Deadline due = deadlines.of(region, now, limit.limitMinutes(), limit.warnMinutes(), List.of());
        Optional<Long> inserted = store.insert(new WorkOrderStore.NewRow(externalId, msisdn, channel, category, description, region,
                facts.customerClass(), priority, queue, createdBy, now, limit.limitMinutes(), limit.warnMinutes(), due.dueAt(),
                due.warnAt(), due.provisional()));
        if (inserted.isEmpty()) {
            // a concurrent call with the same external id committed first: its order is the answer
            return sameNumber(store.find(store.idOfExternal(externalId).orElseThrow()).orElseThrow().view(), order.msisdn());
        }
        long id = inserted.get();
        store.history(id, now, createdBy, "opened", null, "new", queue, channel);
        events.publishEvent(new WorkOrderStateChanged(id, category, null, "new", now));
        return store.find(id).orElseThrow().view();
    }

    /** A repeat answers the first order only for the same number: otherwise it would show one customer's order to a call about another. */
    private static WorkOrderView sameNumber(WorkOrderView first, String msisdn) {
        boolean same = msisdn != null && Msisdn.isValid(msisdn.trim()) && Msisdn.canonical(msisdn.trim()).equals(first.msisdn());
        if (!same) throw new InvalidWorkOrderField("externalId", "already names a work order about another number");
        return first;
    }

    @Transactional(readOnly = true)
    public Optional<WorkOrderView> find(long id) {
        return store.find(id).map(Row::view);
    }

    /** The order another system handed in under this id, if any. */
    @Transactional(readOnly = true)
    public Optional<WorkOrderView> findByExternalId(String externalId) {
        return store.idOfExternal(externalId).flatMap(store::find).map(Row::view);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<WorkOrderView> ofCustomer(String msisdn) {
        return msisdn == null ? List.of() : store.ofCustomer(Msisdn.canonical(msisdn.trim()));
    }

    @Transactional
    public void assign(long id, String assignee, String by) {
        Row row = locked(id, Set.of("new", "assigned", "in_progress"), "assign");
        String who = text("assignee", assignee, 200);
        move(row, "assigned", row.view().queue(), row.previousQueue(), who, by, "assigned", who);
    }

    /** The assignee starts working it. */
    @Transactional
    public void start(long id, String by) {
        Row row = locked(id, Set.of("assigned"), "start");
        move(row, "in_progress", row.view().queue(), row.previousQueue(), row.view().assignee(), by, "started", null);
    }

    /** To another department's queue: new there, nobody holds it; a hand-back returns it here. */
    @Transactional
    public void transfer(long id, String toQueue, String reason, String by) {
        Row row = locked(id, Set.of("new", "assigned", "in_progress"), "transfer");
        if (toQueue == null || !routing.queueExists(toQueue)) throw new InvalidWorkOrderField("toQueue", "no queue '" + toQueue + "'");
        if (toQueue.equals(row.view().queue())) throw new WorkOrderRefused(id, "is already in queue " + toQueue);
        String why = text("reason", reason, MAX_TEXT);
        move(row, "new", toQueue, row.view().queue(), null, by, "transferred", why);
    }

    /** Back to the queue it was transferred from. */
    @Transactional
    public void handBack(long id, String reason, String by) {
        Row row = locked(id, Set.of("new", "assigned", "in_progress"), "hand back");
        if (row.previousQueue() == null) throw new WorkOrderRefused(id, "was not transferred: there is no queue to hand it back to");
        String why = text("reason", reason, MAX_TEXT);
        move(row, "new", row.previousQueue(), null, null, by, "handed_back", why);
    }

    /** Stops the clock until {@link #resume}: the pause is stored, the deadline waits. */
    @Transactional
    public void waitOnCustomer(long id, String reason, String by) {
        Row row = locked(id, Set.of("assigned", "in_progress"), "wait on the customer");
        String why = text("reason", reason, MAX_TEXT);
        Instant now = clock.instant();
        store.startPause(id, now, why);
        move(row, "waiting_customer", row.view().queue(), row.previousQueue(), row.view().assignee(), by, "waiting_customer", why);
        rederive(row, row.limitMinutes(), row.warnMinutes());
    }

    @Transactional
    public void resume(long id, String by) {
        Row row = locked(id, Set.of("waiting_customer"), "resume");
        store.endPause(id, clock.instant());
        move(row, "in_progress", row.view().queue(), row.previousQueue(), row.view().assignee(), by, "resumed", null);
        rederive(row, row.limitMinutes(), row.warnMinutes());
    }

    /** The result is recorded; the order awaits the callback to the customer. */
    @Transactional
    public void resolve(long id, String result, String by) {
        Row row = locked(id, Set.of("assigned", "in_progress"), "resolve");
        String text = text("result", result, MAX_TEXT);
        Instant now = clock.instant();
        store.resolve(id, text, now);
        store.history(id, now, actor(by), "resolved", row.view().state(), "resolved", row.view().queue(), text);
        events.publishEvent(new WorkOrderStateChanged(id, row.view().category(), row.view().state(), "resolved", now));
    }

    /** Closes a resolved order with the callback's outcome (and the customer's satisfaction 1-5, when given). */
    @Transactional
    public void close(long id, String callbackOutcome, Integer satisfaction, String note, String by) {
        Row row = locked(id, Set.of("resolved"), "close (only a resolved order with a result closes)");
        String outcome = oneOf("callbackOutcome", callbackOutcome, WorkOrderStates.CALLBACK_OUTCOMES);
        if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
            throw new InvalidWorkOrderField("satisfaction", "1 to 5, not " + satisfaction);
        }
        if (note != null && note.length() > MAX_TEXT) throw new InvalidWorkOrderField("note", "at most " + MAX_TEXT + " characters");
        Instant now = clock.instant();
        store.close(id, outcome, satisfaction, blankToNull(note), now);
        store.history(id, now, actor(by), "closed", "resolved", "closed", row.view().queue(),
                outcome + (satisfaction == null ? "" : " " + satisfaction) + (blankToNull(note) == null ? "" : ": " + note.trim()));
        events.publishEvent(new WorkOrderStateChanged(id, row.view().category(), "resolved", "closed", now));
    }

    /**
     * A note in the order's history from someone outside the handling queue (a partner merchant's result, R11.3): the
     * state, queue and deadline stay as they are, so no state change is published. Refused once the order is closed.
     */
    @Transactional
    public void note(long id, String note, String by) {
        Row row = locked(id, Set.of("new", "assigned", "in_progress", "waiting_customer", "resolved"), "take a note");
        String text = text("note", note, MAX_TEXT);
        store.history(id, clock.instant(), actor(by), "noted", row.view().state(), row.view().state(), row.view().queue(), text);
    }

    /** A new priority takes its limit; the deadline is derived again from the start and the stored pauses. */
    @Transactional
    public void setPriority(long id, String priority, String by) {
        Row row = locked(id, Set.of("new", "assigned", "in_progress", "waiting_customer"), "change the priority");
        String p = oneOf("priority", priority, WorkOrderStates.PRIORITIES);
        if (p.equals(row.view().priority())) return;
        store.setPriority(id, p);
        TimeLimits.Limit limit = limits.limitFor(row.view().category(), p);
        rederive(row, limit.limitMinutes(), limit.warnMinutes());
        store.history(id, clock.instant(), actor(by), "priority", row.view().state(), row.view().state(), row.view().queue(),
                row.view().priority() + " -> " + p);
    }

    /**
     * Re-times the running orders a change of the holiday table can move: those whose deadline is at or
     * after {@code from} (the changed year's start) and those flagged provisional (a year the table lacked).
     * Waiting orders have no deadline; theirs is computed when they resume. Returns how many were re-timed.
     */
    @Transactional
    public int rederiveDeadlines(Instant from) {
        int retimed = 0;
        for (long id : store.runningWithDeadlineFrom(from)) {
            Row row = store.lock(id).orElse(null);
            if (row == null || row.view().dueAt() == null || !WorkOrderStates.RUNNING.contains(row.view().state())) continue;
            rederive(row, row.limitMinutes(), row.warnMinutes());
            retimed++;
        }
        return retimed;
    }

    private void rederive(Row row, int limitMinutes, int warnMinutes) {
        long id = row.view().id();
        Deadline d = deadlines.of(row.region(), row.view().createdAt(), limitMinutes, warnMinutes, store.clockPauses(id));
        store.setDeadline(id, limitMinutes, warnMinutes, d.dueAt(), d.warnAt(), d.provisional());
    }

    private void move(Row row, String toState, String queue, String previousQueue, String assignee, String by, String action, String note) {
        long id = row.view().id();
        Instant now = clock.instant();
        store.setState(id, toState, queue, previousQueue, assignee);
        store.history(id, now, actor(by), action, row.view().state(), toState, queue, note);
        events.publishEvent(new WorkOrderStateChanged(id, row.view().category(), row.view().state(), toState, now));
    }

    private Row locked(long id, Set<String> allowed, String action) {
        Row row = store.lock(id).orElseThrow(() -> new dev.retain.app.core.web.NotFoundException("no work order " + id));
        if (!allowed.contains(row.view().state())) {
            throw new WorkOrderRefused(id, "cannot " + action + " in state " + row.view().state());
        }
        return row;
    }

    private static String actor(String by) {
        if (by == null || by.isBlank()) throw new InvalidWorkOrderField("by", "who acts is required");
        return by.trim();
    }

    private static String oneOf(String field, String value, List<String> codes) {
        if (value == null || !codes.contains(value.trim())) throw new InvalidWorkOrderField(field, "one of " + codes + ", not '" + value + "'");
        return value.trim();
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) throw new InvalidWorkOrderField(field, "required");
        if (value.length() > max) throw new InvalidWorkOrderField(field, "at most " + max + " characters");
        return value.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
