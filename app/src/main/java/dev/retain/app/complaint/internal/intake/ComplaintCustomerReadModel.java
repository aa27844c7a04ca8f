package dev.retain.app.complaint.internal.intake;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads subscriber (customer): the region and branch a complaint is filed under. */
@Repository
public class ComplaintCustomerReadModel {

    private final JdbcClient jdbc;

    public ComplaintCustomerReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Place(String region, String branch) {
    }

    public Optional<Place> placeOf(String msisdn) {
        return jdbc.sql("select region, branch from subscriber where msisdn = ?").param(msisdn)
                .query((rs, n) -> new Place(rs.getString(1), rs.getString(2))).optional();
    }

    /** The customer's key for links (no number in URLs), when the customer is on file. */
    public Optional<String> customerKeyOf(String msisdn) {
        return jdbc.sql("select customer_key::text from subscriber where msisdn = ?").param(msisdn).query(String.class).optional();
    }

    /** Whether the province has this subscriber (the contract rejects complaints of unknown numbers). */
    public boolean exists(String msisdn) {
        return jdbc.sql("select exists (select 1 from subscriber where msisdn = ?)").param(dev.retain.engine.value.Msisdn.canonical(msisdn))
                .query(Boolean.class).single();
    }
}
