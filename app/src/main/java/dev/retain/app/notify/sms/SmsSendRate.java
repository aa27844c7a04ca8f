package dev.retain.app.notify.sms;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The gateway's rate, held across every instance of the application (issue 11 point 5): each
 * instance keeps its own bind, and all of them reserve send slots from one row per gateway in
 * PostgreSQL. Chosen over one instance holding the only bind (a {@code ClusterLocks} lock)
 * because the outbox's dispatcher runs on whichever instance db-scheduler picks: with a single
 * bind, every other instance could only hand its messages back to wait.
 *
 * <p>Slots are spaced 1/rate apart with no burst: the next free slot moves forward by the slots
 * taken, from now when it lies in the past. The database's own clock ({@code clock_timestamp()})
 * is used on purpose — a timing shared by instances, not a business date.
 */
@Component
public class SmsSendRate {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    SmsSendRate(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = JdbcClient.create(dataSource);
        this.ownTransaction = new TransactionTemplate(transactions);
        // never inside a caller's transaction: the row lock must go at once, not when a slow send commits
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Reserves {@code slots} consecutive slots of the account {@code gateway} (protocol, account and
     * address, e.g. {@code smpp:retain@smsc:2775}) at {@code perSecond}; returns how long to wait
     * for the first (zero when it is now).
     */
    public Duration reserve(String gateway, int slots, double perSecond) {
        double span = slots / perSecond;
        Double wait = ownTransaction.execute(status -> jdbc.sql("""
                        insert into sms_send_rate as r (gateway, next_slot) values (:gateway, clock_timestamp() + make_interval(secs => :span))
                        on conflict (gateway) do update set next_slot = greatest(r.next_slot, clock_timestamp()) + make_interval(secs => :span)
                        returning extract(epoch from (next_slot - make_interval(secs => :span) - clock_timestamp()))::float8""")
                .param("gateway", gateway).param("span", span).query(Double.class).single());
        return wait == null || wait <= 0 ? Duration.ZERO : Duration.ofNanos((long) (wait * 1e9));
    }
}
