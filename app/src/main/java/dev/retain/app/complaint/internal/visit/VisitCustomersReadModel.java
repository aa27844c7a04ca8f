package dev.retain.app.complaint.internal.visit;

import dev.retain.engine.visit.OpenComplaint;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The complaint customers' card tier and location for visits: a read of the customer module's
 * {@code subscriber} (tier; address, lat, lon of V2_6) beside our own open complaints.
 */
@Component
public class VisitCustomersReadModel {

    /** Where a customer lives; lat/lon null when the contract's optional columns were empty. */
    public record CustomerPlace(String msisdn, String address, Double lat, Double lon, String branch) {

        public boolean located() {
            return lat != null && lon != null;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    VisitCustomersReadModel(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every complaint not closed yet, with its customer's card (none when the number is not a subscriber). */
    public List<OpenComplaint> openComplaints() {
        return jdbc.sql("""
                        select c.id, c.msisdn, coalesce(s.tier, 'none') as tier, coalesce(c.region, s.region) as region, coalesce(c.branch, s.branch) as branch, c.category,
                               c.repeat_count, c.area_case_id, coalesce(c.priority, c.proposed_priority) as priority, c.customer_type, c.received_at
                        from complaint c left join subscriber s on s.msisdn = c.msisdn
                        where c.state <> 'closed' order by c.id""")
                .query((rs, i) -> new OpenComplaint(rs.getLong("id"), rs.getString("msisdn"), rs.getString("tier"), rs.getString("region"), rs.getString("branch"),
                        rs.getString("category"), rs.getInt("repeat_count"), (Long) rs.getObject("area_case_id"), rs.getString("priority"),
                        rs.getString("customer_type"), rs.getTimestamp("received_at").toInstant().atZone(clock.getZone()).toLocalDate()))
                .list();
    }

    public Map<String, CustomerPlace> places(Collection<String> msisdns) {
        Map<String, CustomerPlace> places = new HashMap<>();
        if (msisdns.isEmpty()) return places;
        jdbc.sql("select msisdn, address, lat, lon, branch from subscriber where msisdn = any(?)")
                .param(msisdns.toArray(String[]::new))
                .query(rs -> {
                    places.put(rs.getString("msisdn"), new CustomerPlace(rs.getString("msisdn"), rs.getString("address"),
                            (Double) rs.getObject("lat"), (Double) rs.getObject("lon"), rs.getString("branch")));
                });
        return places;
    }
}
