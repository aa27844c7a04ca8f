package dev.retain.app.merchant.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The merchant_experience_limit table: experiences a year per tier (null: no limit). */
@Component
public class ExperienceLimitStore {

    private final JdbcClient jdbc;

    ExperienceLimitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every tier's limit, diamond first; a null value is no limit. */
    public Map<String, Integer> all() {
        Map<String, Integer> limits = new LinkedHashMap<>();
        jdbc.sql("select tier, per_year from merchant_experience_limit order by array_position(array['diamond','gold','silver','none'], tier)")
                .query(rs -> {
                    limits.put(rs.getString(1), (Integer) rs.getObject(2)); // null: no limit
                });
        return limits;
    }

    public void set(String tier, Integer perYear, String by, Instant now) {
        jdbc.sql("update merchant_experience_limit set per_year = ?, updated_at = ?, updated_by = ? where tier = ?")
                .params(perYear, Timestamp.from(now), by, tier).update();
    }
}
