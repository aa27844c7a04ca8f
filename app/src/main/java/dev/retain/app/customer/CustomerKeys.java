package dev.retain.app.customer;

import dev.retain.engine.value.Msisdn;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The opaque customer key (a random UUID the database gives every subscriber, migration
 * V2_4) that URLs, links and API paths use instead of the phone number (SPEC R14.3): a URL
 * ends up in access logs, browser histories and referrers, so it must not hold personal data.
 * Pages and APIs resolve a key to the number here, at their boundary, and work with the number
 * inside; a number someone already knows (a search) comes in a request body and is turned
 * into its key here too.
 */
@Service
public class CustomerKeys {

    private final JdbcClient jdbc;

    CustomerKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The subscriber's number for a key; empty for an unknown key or text that is not a key at all. */
    public Optional<String> msisdnOf(String customerKey) {
        Optional<UUID> key = parse(customerKey);
        if (key.isEmpty()) return Optional.empty();
        return jdbc.sql("select msisdn from subscriber where customer_key = ?").param(key.get()).query(String.class).optional();
    }

    /** The key of a subscriber known by its number as stored. */
    public Optional<String> keyOf(String msisdn) {
        if (msisdn == null) return Optional.empty();
        return jdbc.sql("select customer_key::text from subscriber where msisdn = ?").param(msisdn).query(String.class).optional();
    }

    /** The keys of several subscribers at once (a page of rows), by number as stored; unknown numbers are left out. */
    public Map<String, String> keysOf(Collection<String> msisdns) {
        Map<String, String> keys = new HashMap<>();
        if (msisdns.isEmpty()) return keys;
        jdbc.sql("select msisdn, customer_key::text from subscriber where msisdn = any(?)")
                .param(msisdns.toArray(String[]::new))
                .query(rs -> {
                    keys.put(rs.getString(1), rs.getString(2));
                });
        return keys;
    }

    /**
     * The key of the subscriber a person typed or a system sent: every form of a Chinese mobile
     * number (13812345678, +8613812345678, 008613812345678) finds the customer, since the
     * database keys on the canonical number whatever form the export used.
     */
    public Optional<String> find(String number) {
        if (number == null || number.isBlank()) return Optional.empty();
        return keyOf(Msisdn.canonical(number.trim()));
    }

    private static Optional<UUID> parse(String text) {
        if (text == null || text.length() != 36) return Optional.empty();
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAKey) {
            return Optional.empty();
        }
    }
}
