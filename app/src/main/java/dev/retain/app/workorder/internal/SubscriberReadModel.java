package dev.retain.app.workorder.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads customer's {@code subscriber} (region and tier) for routing a new work order; writes nothing. */
@Component
public class SubscriberReadModel {

    /** What routing needs of a customer; {@code customerClass} is the tier (diamond, gold, silver, none), null when unset. */
    public record RoutingFacts(String region, String customerClass) {
    }

    private final JdbcClient jdbc;

    SubscriberReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<RoutingFacts> of(String msisdn) {
        return jdbc.sql("select region, tier from subscriber where msisdn = ?").param(msisdn)
                .query((rs, i) -> new RoutingFacts(rs.getString(1), rs.getString(2))).optional();
    }
}
