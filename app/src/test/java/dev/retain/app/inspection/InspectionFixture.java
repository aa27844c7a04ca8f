package dev.retain.app.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A branch of its own for each test (numbers 137950 + two digits of block + three of i, the inspection's range):
 * 6 gold/green customers of manager INSP-M1, 10 silver/green split between INSP-M1 and INSP-M2, 3 silver/red of
 * INSP-M2 — the newest segment decides the zone — and, never drawn, two customers without a manager and one whose
 * newest segment has them outside the programme.
 */
final class InspectionFixture {

    private static final AtomicInteger BLOCK = new AtomicInteger();

    final String region = "hangzhou";
    final String branch;
    final List<String> numbers = new ArrayList<>();
    private final int block;
    private final JdbcClient jdbc;

    InspectionFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.block = BLOCK.incrementAndGet();
        this.branch = "t-insp-" + block;
        jdbc.sql("""
                insert into manager (manager_id, name, role, region) values ('INSP-M1', '巡检经理甲', 'customer_manager', 'hangzhou'),
                    ('INSP-M2', '巡检经理乙', 'customer_manager', 'hangzhou') on conflict do nothing""").update();
        int i = 0;
        for (int k = 0; k < 6; k++) customer(++i, "gold", "green", "INSP-M1");
        for (int k = 0; k < 10; k++) customer(++i, "silver", "green", k % 2 == 0 ? "INSP-M1" : "INSP-M2");
        for (int k = 0; k < 3; k++) customer(++i, "silver", "red", "INSP-M2");
        customer(++i, "gold", "green", null);           // assigned to nobody: no capacity
        customer(++i, "silver", "none", "INSP-M2");     // the newest segment has them outside the programme (left)
        String unassigned = number(++i);                // not in the programme at all
        subscriber(unassigned);
    }

    String number(int i) {
        return "137950" + String.format("%02d", block % 100) + String.format("%03d", i);
    }

    private void subscriber(String msisdn) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, branch, brand, join_date, tier)
                        values (?, ?, '巡检客户', 'hangzhou', ?, 'gotone', date '2015-05-01', 'silver')""")
                .params(msisdn, msisdn, branch).update();
    }

    private void customer(int i, String tier, String zone, String managerId) {
        String msisdn = number(i);
        subscriber(msisdn);
        // an older month in another zone: the newest segment row decides the stratum
        segment("2026-08", msisdn, tier, "yellow");
        segment("2026-09", msisdn, tier, zone);
        jdbc.sql("insert into assignment (msisdn, manager_id, role, reason, month, assigned_by) values (?, ?, 'customer_manager', 'manual', '2026-09', 'test')")
                .params(msisdn, managerId).update();
        if (managerId != null) numbers.add(msisdn);
    }

    private void segment(String month, String msisdn, String tier, String zone) {
        jdbc.sql("""
                        insert into segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk)
                        values (?, ?, ?, 'imported', ?, 'test', 0.1, 10)""")
                .params(month, msisdn, tier, zone).update();
    }
}
