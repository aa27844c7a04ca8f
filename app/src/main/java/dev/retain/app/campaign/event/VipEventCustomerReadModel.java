package dev.retain.app.campaign.event;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads customer's subscriber (tier, enterprise group) and segment's newest tier: what a ticket pool's eligibility
 * asks of a customer. The tier is the imported one, else the cycle's latest, else none. And assignment's current
 * manager of a customer: a manager claims tickets for their own customers only (R14.2).
 */
@Component
class VipEventCustomerReadModel {

    /** A known customer's tier ({@code none} when neither the import nor a cycle gave one) and enterprise group (or null). */
    record Customer(String msisdn, String tier, String groupId) {
    }

    private final JdbcClient jdbc;

    VipEventCustomerReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Customer> customer(String msisdn) {
        return jdbc.sql("""
                        select s.msisdn, coalesce(s.tier, (select g.tier from segment g where g.msisdn = s.msisdn order by g.month desc limit 1),
                                                  'none') as tier, s.group_id
                        from subscriber s where s.msisdn = ?""")
                .param(msisdn).query((rs, i) -> new Customer(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** The customer's manager now (null when unassigned or unknown). */
    String managerOf(String msisdn) {
        return jdbc.sql("select manager_id from assignment where msisdn = ?").param(msisdn).query(String.class).optional().orElse(null);
    }
}
