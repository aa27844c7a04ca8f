package dev.retain.app.care.internal;

import dev.retain.app.admin.RetentionSettings;
import dev.retain.app.care.CareRunResult;
import dev.retain.app.care.internal.CareCustomersReadModel.CareCustomer;
import dev.retain.app.care.internal.CareRunStore.Counts;
import dev.retain.app.care.internal.CareRunStore.NewMoment;
import dev.retain.app.core.locks.ClusterLock;
import dev.retain.app.core.locks.ClusterLocks;
import dev.retain.engine.care.CareCalendars;
import dev.retain.engine.care.CareColumns;
import dev.retain.engine.care.CareDay;
import dev.retain.engine.care.CarePlaybook;
import dev.retain.engine.care.CareSettings;
import dev.retain.engine.care.DueMoment;
import dev.retain.engine.care.DueMoments;
import dev.retain.engine.care.KeyMoments;
import dev.retain.engine.care.MomentKind;
import dev.retain.engine.value.Tier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One day's care run: the engine finds the moments due for every subscriber ({@link KeyMoments#dueForAll}
 * over {@link CareColumns} built from the database); each is stored once per customer and moment
 * id, and only a moment stored now is acted on — message, task, or both — in the same transaction
 * as its row, a chunk of moments per transaction. So a re-run of a day, or two runs that overlap a
 * catch-up window, create nothing twice, and a run killed half-way leaves whole moments behind.
 */
@Component
public class CareRunner {

    static final String LOCK = "care-run";
    /** Moments per transaction: small enough to keep a transaction short, big enough to keep the round trips few. */
    static final int CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(CareRunner.class);
    private static final CareCalendars CALENDARS = CareCalendars.official();

    private final CareCustomersReadModel customers;
    private final CareRunStore runs;
    private final RegionEventStore events;
    private final Playbooks playbooks;
    private final RetentionSettings settings;
    private final MomentActions actions;
    private final ClusterLocks locks;
    private final TransactionTemplate transactions;

    CareRunner(CareCustomersReadModel customers, CareRunStore runs, RegionEventStore events, Playbooks playbooks,
               RetentionSettings settings, MomentActions actions, ClusterLocks locks,
               TransactionTemplate transactions) {
        this.customers = customers;
        this.runs = runs;
        this.events = events;
        this.playbooks = playbooks;
        this.settings = settings;
        this.actions = actions;
        this.locks = locks;
        this.transactions = transactions;
    }

    /** Runs {@code day}; empty when another run holds the lock (in any instance). */
    public Optional<CareRunResult> run(LocalDate day, String by) {
        Optional<ClusterLock> lock = locks.tryAcquire(LOCK);
        if (lock.isEmpty()) return Optional.empty();
        try (ClusterLock held = lock.get()) {
            return Optional.of(runLocked(day, by));
        }
    }

    private CareRunResult runLocked(LocalDate day, String by) {
        // every run prepares as if it caught up a month: each moment whose date lies between today and its lead
        // days ahead, not only the one exactly lead days ahead (the moment ids keep a second preparation a no-op).
        // So nothing is lost to a missed day, a lead raised overnight, a customer imported or corrected inside
        // the window, or a first run: today's birthday is greeted today. Dates already past are never prepared.
        LocalDate since = day.minusDays(CareDay.MAX_CATCH_UP_DAYS);
        LocalDate first = since.plusDays(1);
        runs.start(day, first, by);
        try {
            CarePlaybook playbook = playbooks.current();
            CareSettings care = settings.careSettings();
            CareDay plan = CareDay.catchingUp(since, day, care, playbook, CALENDARS, events.notEndedBefore(first));
            long started = System.nanoTime();
            List<String> msisdns = new ArrayList<>();
            List<Tier> tiers = new ArrayList<>();
            CareColumns.Builder columns = CareColumns.builder(CALENDARS.lunar(), 1024);
            customers.forEachSubscriber(day, settings.businessZone(), (msisdn, facts) -> {
                msisdns.add(msisdn);
                tiers.add(facts.tier());
                columns.add(facts);
            });
            CareColumns built = columns.build();
            long read = System.nanoTime();
            DueMoments due = KeyMoments.dueForAll(built, plan);
            long found = System.nanoTime();
            int[] done = new int[4]; // new, messages, tasks, refused
            for (int from = 0; from < due.size(); from += CHUNK) {
                int to = Math.min(due.size(), from + CHUNK);
                int start = from;
                transactions.executeWithoutResult(tx -> actOn(due, start, to, msisdns, tiers, day, done));
            }
            String byKind = due.countByKind().entrySet().stream().map(e -> e.getKey().code() + "=" + e.getValue())
                    .collect(Collectors.joining(","));
            Counts counts = new Counts(msisdns.size(), due.size(), done[0], done[1], done[2], done[3], byKind);
            String notes = plan.notes().isEmpty() ? null : String.join("\n", plan.notes());
            runs.succeed(day, counts, notes);
            long acted = System.nanoTime();
            log.info("care run {} (from {}): {} subscribers, {} moments due, {} new, {} messages, {} tasks, {} refused; "
                            + "facts read {} ms, moments found {} ms, acted on {} ms",
                    day, first, counts.subscribers(), counts.momentsDue(), counts.momentsNew(), counts.messages(), counts.tasks(), counts.refused(),
                    (read - started) / 1_000_000, (found - read) / 1_000_000, (acted - found) / 1_000_000);
            return new CareRunResult(day, first, counts.subscribers(), counts.momentsDue(), counts.momentsNew(), counts.messages(),
                    counts.tasks(), counts.refused(), plan.notes());
        } catch (RuntimeException e) {
            runs.fail(day, e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
    }

    private void actOn(DueMoments due, int from, int to, List<String> msisdns, List<Tier> tiers, LocalDate day, int[] done) {
        List<String> numbers = new ArrayList<>();
        for (int i = from; i < to; i++) numbers.add(msisdns.get(due.row(i)));
        Map<String, CareCustomer> byNumber = customers.customers(numbers);
        for (int i = from; i < to; i++) {
            String msisdn = msisdns.get(due.row(i));
            Tier tier = tiers.get(due.row(i));
            DueMoment m = due.moment(i);
            CareCustomer customer = byNumber.get(msisdn);
            if (customer == null) continue; // left the province between the two reads
            String managerId = customer.managerId();
            boolean isNew = runs.insert(new NewMoment(msisdn, m.id(), m.kind().code(), m.occursOn(), day, m.occasion(), tier.code(),
                    m.action().type().code(), m.action().template(), m.action().taskKind(), managerId));
            if (!isNew) continue;
            done[0]++;
            MomentActions.Outcome outcome = actions.act(m, tier, customer, managerId, customer.managerName(), day);
            if (outcome.messageId() != null) done[1]++;
            if (outcome.taskId() != null) done[2]++;
            if (outcome.refused() != null) done[3]++;
            runs.recordOutcome(msisdn, m.id(), outcome.messageId(), outcome.taskId(), outcome.refused());
        }
    }

}
