package dev.retain.app.merchant.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the counter needs of a customer: that the number is a subscriber of the programme, and the VIP tier of the
 * latest cycle month (else the export's, else none) that decides the yearly experiences. Reads {@code subscriber}
 * (customer module) and {@code segment} (segment module).
 */
@Component
public class CounterCustomersReadModel {

    private final JdbcClient jdbc;

    CounterCustomersReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Up to {@code limit} high-value customers (gold or silver in the latest cycle month), by number: the demo's
     * customers at the counter.
     */
    public java.util.List<String> highValueCustomers(int limit) {
        return jdbc.sql("""
                        select g.msisdn from segment g
                        where g.month = (select max(month) from segment) and g.tier in ('gold', 'silver')
                        order by g.tier, g.msisdn limit ?""")
                .param(limit).query(String.class).list();
    }

    /** The customer's tier code (diamond, gold, silver, none), or empty when the number is not a subscriber. */
    public Optional<String> tierOf(String msisdn) {
        return jdbc.sql("""
                        select coalesce((select g.tier from segment g where g.msisdn = s.msisdn order by g.month desc limit 1), s.tier, 'none')
                        from subscriber s where s.msisdn = ?""")
                .param(msisdn).query(String.class).optional();
    }
}
