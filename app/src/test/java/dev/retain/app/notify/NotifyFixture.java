package dev.retain.app.notify;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers for the outbox's tests, inserted as the import and the cycle would leave them: a
 * subscriber with its consent flags and, when a manager is named, an assignment to them.
 */
public final class NotifyFixture {

    private final JdbcClient jdbc;

    public NotifyFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        for (String id : new String[] {"PM-T1", "PM-T2"}) {
            jdbc.sql("insert into manager (manager_id, name, role, region, capacity, active) values (?, ?, 'phone_manager', 'hangzhou', 500, true) "
                    + "on conflict do nothing").params(id, "经理" + id).update();
        }
    }

    /** A customer who consented to marketing, without do-not-disturb, assigned to {@code managerId} (null: nobody); returns the customer key. */
    public String customer(String msisdn, String managerId) {
        return customer(msisdn, managerId, true, false);
    }

    public String customer(String msisdn, String managerId, boolean marketingConsent, boolean dnd) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, gender, region, brand, tier, join_date, marketing_consent, dnd)
                        values (?, ?, '李四', 'M', 'hangzhou', 'gotone', 'gold', date '2015-01-01', ?, ?)""")
                .params(msisdn, msisdn, marketingConsent, dnd).update();
        if (managerId != null) {
            jdbc.sql("insert into assignment (msisdn, manager_id, role, reason, month, assigned_by) values (?, ?, 'phone_manager', 'manual', '2026-10', 'test')")
                    .params(msisdn, managerId).update();
        }
        return jdbc.sql("select customer_key::text from subscriber where msisdn = ?").param(msisdn).query(String.class).single();
    }
}
