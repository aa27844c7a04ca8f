package dev.retain.app.loyalty.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * BOSS's points into the ledger after an import: first, in one statement, an opening lot for every subscriber with
 * usable imported points and no account yet; then, a chunk of subscribers per transaction, each account whose imported
 * points or expiry changed since the ledger last took them in ({@link Postings#reconcile}). Every change carries the
 * client key {@code import-<importId>-<msisdn>}, so a redelivered event changes nothing twice; the chunks keep each
 * transaction (and the account locks a redemption may wait on) short.
 */
@Component
public class PointsReconciliation {

    private static final Logger log = LoggerFactory.getLogger(PointsReconciliation.class);
    /** Subscribers reconciled per transaction. */
    static final int CHUNK = 200;

    private final SubscriberPointsReadModel subscribers;
    private final Postings postings;
    private final TransactionTemplate each;
    private final Clock clock;

    PointsReconciliation(SubscriberPointsReadModel subscribers, Postings postings, PlatformTransactionManager transactions, Clock clock) {
        this.subscribers = subscribers;
        this.postings = postings;
        this.each = new TransactionTemplate(transactions);
        this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    public record Result(int opened, int examined, int adjusted) {
    }

    public Result run(long importId) {
        long t0 = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Integer opened = each.execute(s -> subscribers.openAccounts(Postings.importKeyPrefix(importId), Postings.importReference(importId),
                today, Postings.noExpiryGiven(today), now));
        int examined = 0;
        int adjusted = 0;
        String after = "";
        while (true) {
            List<String> changed = subscribers.changedSinceTakenIn(after, CHUNK);
            if (changed.isEmpty()) break;
            Integer n = each.execute(s -> {
                int done = 0;
                for (String msisdn : changed) if (postings.reconcile(importId, msisdn, today, now)) done++;
                return done;
            });
            examined += changed.size();
            adjusted += n == null ? 0 : n;
            after = changed.get(changed.size() - 1);
        }
        Result result = new Result(opened == null ? 0 : opened, examined, adjusted);
        log.info("points of import {} taken in: {} accounts opened, {} changed in BOSS, {} adjusted, in {} ms", importId, result.opened(),
                result.examined(), result.adjusted(), (System.nanoTime() - t0) / 1_000_000);
        return result;
    }
}
