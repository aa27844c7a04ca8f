package dev.retain.app.metrics.internal;

import dev.retain.app.core.locks.TransactionLocks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One month's refresh, one transaction: the month's rows deleted, the per-customer facts written from the owners'
 * tables, the aggregates made from them. Held under a transaction lock per month, so the cycle's refresh and an
 * admin's take turns; readers see the old month or the new one, never half.
 */
@Component
public class MetricRefresh {

    private static final Logger log = LoggerFactory.getLogger(MetricRefresh.class);

    private final TransactionTemplate transaction;
    private final TransactionLocks locks;
    private final MetricTables tables;
    private final MetricFactsReadModel facts;
    private final Clock clock;

    MetricRefresh(PlatformTransactionManager transactions, TransactionLocks locks, MetricTables tables, MetricFactsReadModel facts,
                  Clock clock) {
        this.transaction = new TransactionTemplate(transactions);
        this.locks = locks;
        this.tables = tables;
        this.facts = facts;
        this.clock = clock;
    }

    public int refresh(YearMonth month) {
        long t0 = System.nanoTime();
        Integer customers = transaction.execute(tx -> {
            locks.hold("metrics.refresh:" + month);
            tables.deleteMonth(month);
            int rows = facts.insertMonth(month, clock.getZone(), LocalDate.now(clock));
            tables.aggregateMonth(month);
            return rows;
        });
        log.info("metrics of {} refreshed: {} customers in {} ms", month, customers, (System.nanoTime() - t0) / 1_000_000);
        return customers == null ? 0 : customers;
    }
}
