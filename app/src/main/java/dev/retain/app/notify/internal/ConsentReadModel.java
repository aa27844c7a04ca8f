package dev.retain.app.notify.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contract's consent flags of a customer (customer's table subscriber), read at every send. */
@Repository
class ConsentReadModel {

    /** What the export says: {@code marketingConsent} (marketing_consent) and do-not-disturb (dnd). */
    record Consent(boolean marketingConsent, boolean dnd) {
    }

    private final JdbcClient jdbc;

    ConsentReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the number is not a subscriber of the province. */
    Optional<Consent> of(String msisdn) {
        return jdbc.sql("select marketing_consent, dnd from subscriber where msisdn = ?").param(msisdn)
                .query((rs, i) -> new Consent(rs.getBoolean(1), rs.getBoolean(2))).optional();
    }
}
