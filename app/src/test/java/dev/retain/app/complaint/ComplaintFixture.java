package dev.retain.app.complaint;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Subscribers for the complaint tests, written as an import would leave them; each test class keeps to
 * its own numbers (1369713xxxx and up).
 */
public final class ComplaintFixture {

    private final JdbcClient jdbc;

    public ComplaintFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A subscriber in region/branch with a VIP card. */
    public ComplaintFixture subscriber(String msisdn, String region, String branch, String tier) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, branch, brand, tier, join_date)
                        values (?, ?, '钱七', ?, ?, 'gotone', ?, date '2015-01-01') on conflict do nothing""")
                .params(msisdn, msisdn, region, branch, tier).update();
        return this;
    }

    /** A month's bill. */
    public ComplaintFixture bill(String msisdn, String month, double bill) {
        jdbc.sql("""
                        insert into usage_monthly (msisdn, month, bill, mou_out, data_mb, sms, state) values (?, ?, ?, 100, 100, 0, 'active')
                        on conflict do nothing""")
                .params(msisdn, month, bill).update();
        return this;
    }

    /** The customer manager who serves the subscriber. */
    public ComplaintFixture managedBy(String msisdn, String managerId, String role) {
        jdbc.sql("""
                        insert into assignment (msisdn, manager_id, role, reason, month, assigned_by)
                        values (?, ?, ?, 'kept', '2035-01', 'cycle') on conflict do nothing""")
                .params(msisdn, managerId, role).update();
        return this;
    }

    public String customerKey(String msisdn) {
        return jdbc.sql("select customer_key::text from subscriber where msisdn = ?").param(msisdn).query(String.class).single();
    }
}
