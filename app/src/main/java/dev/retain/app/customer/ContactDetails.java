package dev.retain.app.customer;

import dev.retain.engine.value.Msisdn;
import dev.retain.engine.value.PreferredChannel;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How a customer may be reached, as the operator's export says (subscribers.csv's email,
 * preferred_channel, marketing_consent and dnd): what the outbox needs to pick a channel for a
 * message queued without one (SPEC R6.3) and to address an email. Personal data: callers show
 * an address only masked ({@code EmailAddress.mask}) unless the viewer revealed it.
 */
@Service
public class ContactDetails {

    /**
     * One customer's contact details. {@code msisdn} is the canonical number; {@code email} is
     * null when none is known; {@code preferredChannel} is never null: SMS when the export left it
     * empty ({@code preferredChannelGiven} false). {@link PreferredChannel#CALL} means the customer
     * would rather hear from their manager by phone than read a message.
     */
    public record Contact(String msisdn, String email, PreferredChannel preferredChannel, boolean preferredChannelGiven,
                          boolean marketingConsent, boolean dnd) {

        public boolean hasEmail() {
            return email != null;
        }
    }

    private static final String SELECT = "select msisdn, email, preferred_channel, marketing_consent, dnd from subscriber";

    private final JdbcClient jdbc;

    ContactDetails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The contact details of a customer known by any form of their number; empty for an unknown number. */
    public Optional<Contact> of(String msisdn) {
        if (msisdn == null || msisdn.isBlank()) return Optional.empty();
        return jdbc.sql(SELECT + " where msisdn = ?").param(Msisdn.canonical(msisdn.trim()))
                .query((rs, i) -> contact(rs)).optional();
    }

    /** Several customers at once (a batch of the outbox), by canonical number; unknown numbers are left out. */
    public Map<String, Contact> of(Collection<String> msisdns) {
        Map<String, Contact> found = new HashMap<>();
        if (msisdns.isEmpty()) return found;
        String[] keys = msisdns.stream().map(Msisdn::canonical).distinct().toArray(String[]::new);
        jdbc.sql(SELECT + " where msisdn = any(?)").param(keys).query(rs -> {
            Contact c = contact(rs);
            found.put(c.msisdn(), c);
        });
        return found;
    }

    private static Contact contact(java.sql.ResultSet rs) throws java.sql.SQLException {
        String code = rs.getString("preferred_channel");
        return new Contact(rs.getString("msisdn"), rs.getString("email"),
                code == null ? PreferredChannel.SMS : PreferredChannel.parse(code), code != null,
                rs.getBoolean("marketing_consent"), rs.getBoolean("dnd"));
    }
}
