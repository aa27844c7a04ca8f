package dev.retain.app.campaign.campaigns;

import java.util.HashMap;
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
}
