package dev.retain.app.campaign.campaigns;

import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads other modules' tables for campaigns: assignment's {@code assignment} (the manager a campaign's call task goes
 * to), customer's {@code subscriber} (the opaque customer key the members API names a customer by) and notify's
 * {@code message_template} (whether a campaign's template exists and is written for its channel).
 */
@Component
class CampaignCustomerReadModel {

    /** A placeholder as notify's templates write it. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)\\}");

    private final JdbcClient jdbc;

    CampaignCustomerReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The customer's manager now, if assigned. */
    Optional<String> managerOf(String msisdn) {
        return jdbc.sql("select manager_id from assignment where msisdn = ? and manager_id is not null").param(msisdn).query(String.class)
                .optional();
    }

    /** The customers' opaque keys by number (numbers not on file are left out), in one query. */
    Map<String, String> customerKeys(List<String> msisdns) {
        Map<String, String> keys = new HashMap<>();
        if (msisdns.isEmpty()) return keys;
        jdbc.sql("select msisdn, customer_key::text from subscriber where msisdn = any(?::text[])")
                .param("{" + String.join(",", msisdns) + "}")
                .query(rs -> {
                    keys.put(rs.getString(1), rs.getString(2));
                });
        return keys;
    }

    /** Whether template {@code code} exists and is written for {@code channel} ({@code sms}, {@code email}). */
    boolean templateFor(String code, String channel) {
        return jdbc.sql("select exists (select 1 from message_template where code = ? and ? = any(channels))").params(code, channel)
                .query(Boolean.class).single();
    }

    /**
     * The variables template {@code code} needs (declared, or written between braces in any of its texts) that are not
     * in {@code filled}: a message with one of them missing does not render. Empty when the template is unknown.
     */
    Set<String> unfilledVariables(String code, Set<String> filled) {
        Set<String> missing = new TreeSet<>();
        jdbc.sql("""
                        select array_to_string(variables, ' '), coalesce(subject_zh, ''), body_zh, coalesce(subject_en, ''), coalesce(body_en, '')
                        from message_template where code = ?""")
                .param(code)
                .query(rs -> {
                    for (String v : rs.getString(1).split(" ")) if (!v.isBlank() && !filled.contains(v)) missing.add(v);
                    for (int i = 2; i <= 5; i++) {
                        Matcher m = PLACEHOLDER.matcher(rs.getString(i));
                        while (m.find()) if (!filled.contains(m.group(1))) missing.add(m.group(1));
                    }
                });
        return missing;
    }
}
