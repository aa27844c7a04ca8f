package dev.retain.app.workorder;

import dev.retain.app.core.BusinessClock;
import dev.retain.app.workorder.internal.Deadlines;
import dev.retain.app.workorder.internal.RoutingRules;
import dev.retain.app.workorder.internal.SubscriberReadModel;
import dev.retain.app.workorder.internal.TimeLimits;
import dev.retain.app.workorder.internal.WorkOrderStore;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work orders at a clock the test sets (the application's parts, its database, another clock), each call
 * in its own transaction as the service's callers get it; and subscribers written as an import leaves them.
 */
final class WorkOrderFixture {

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
    final WorkOrders orders;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;

    WorkOrderFixture(WorkOrderStore store, RoutingRules routing, TimeLimits limits, Deadlines deadlines, SubscriberReadModel subscribers,
                     ApplicationEventPublisher events, PlatformTransactionManager transactions, JdbcClient jdbc) {
        this.orders = new WorkOrders(store, routing, limits, deadlines, subscribers, events,
                new BusinessClock(now::get, BusinessClock.DEFAULT_ZONE));
        this.tx = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessClock.DEFAULT_ZONE).toInstant();
    }

    WorkOrderFixture at(String localDateTime) {
        now.set(shanghai(localDateTime));
        return this;
    }

    <T> T inTx(Supplier<T> work) {
        return tx.execute(s -> work.get());
    }

    void inTx(Runnable work) {
        tx.executeWithoutResult(s -> work.run());
    }

    void subscriber(String msisdn, String region, String tier) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date, tier)
                        values (?, ?, '钱七', ?, 'gotone', date '2016-01-01', ?) on conflict do nothing""")
                .params(msisdn, msisdn, region, tier).update();
    }

    static NewWorkOrder order(String externalId, String msisdn, String category, String priority) {
        return new NewWorkOrder(externalId, msisdn, "hotline", category, "信号差，通话经常中断", null, priority, "t-handler");
    }
}
