package dev.retain.app.complaint.internal.filter;

import dev.retain.engine.value.Tier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads subscriber, usage_monthly, call_peer (customer) and segment (segment): what the filter's
 * principles need of one customer — the mean bill of the last three months on file, the VIP card
 * (the newest segment's tier, else the imported one) and the share of calls to other operators in the
 * newest month of call peers.
 */
@Repository
public class FilterFactsReadModel {

    private final JdbcClient jdbc;

    public FilterFactsReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record CustomerFacts(double monthlyBill, Tier tier, double competitorShare) {
        static final CustomerFacts UNKNOWN = new CustomerFacts(0, null, 0);
    }

    public CustomerFacts of(String msisdn) {
        Double bill = jdbc.sql("""
                        select avg(bill) from (select bill from usage_monthly where msisdn = ? order by month desc limit 3) b""")
                .param(msisdn).query(Double.class).optional().orElse(null);
        String tier = jdbc.sql("""
                        select coalesce((select tier from segment where msisdn = s.msisdn order by month desc limit 1), s.tier)
                        from subscriber s where s.msisdn = ?""")
                .param(msisdn).query(String.class).optional().orElse(null);
        Double share = jdbc.sql("""
                        select sum(calls) filter (where peer_operator <> 'cmcc')::float8 / nullif(sum(calls), 0)
                        from call_peer where msisdn = ? and month = (select max(month) from call_peer where msisdn = ?)""")
                .params(msisdn, msisdn).query(Double.class).optional().orElse(null);
        Tier t = null;
        if (tier != null) {
            try {
                t = Tier.parse(tier);
            } catch (IllegalArgumentException unknownCode) {
                t = null; // an unknown code scores as no card rather than stopping the intake
            }
        }
        return new CustomerFacts(bill == null ? 0 : Math.max(0, bill), t, share == null ? 0 : Math.min(1, Math.max(0, share)));
    }
}
