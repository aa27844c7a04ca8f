package dev.retain.app.assignment;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for assignment and dashboard tests, inserted straight into the real tables. Callers
 * pick keys nobody else uses: the database is shared by every web test class.
 */
public final class AssignmentFixtures {

    private final JdbcClient jdbc;

    public AssignmentFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** capacity null: the engine's default for the role. */
    public AssignmentFixtures manager(String id, String role, String region, Integer capacity, boolean active) {
        jdbc.sql("insert into manager (manager_id, name, role, region, capacity, active) values (?, ?, ?, ?, ?, ?)")
                .params(id, "Name " + id, role, region, capacity, active).update();
        return this;
    }

    public AssignmentFixtures subscriber(String msisdn, String region) {
        jdbc.sql("insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date) values (?, ?, ?, ?, 'gotone', date '2020-01-01')")
                .params(msisdn, msisdn, "张" + msisdn.substring(msisdn.length() - 2), region).update();
        return this;
    }

    public AssignmentFixtures segment(String month, String msisdn, String zone, double valueAtRisk) {
        jdbc.sql("""
                        insert into segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk)
                        values (?, ?, 'gold', 'rules', ?, 'test', 0.1, ?)""")
                .params(month, msisdn, zone, valueAtRisk).update();
        return this;
    }

    /** managerId null: unassigned. */
    public AssignmentFixtures assignment(String msisdn, String managerId, String role, String month) {
        jdbc.sql("""
                        insert into assignment (msisdn, manager_id, role, reason, month, assigned_by)
                        values (?, ?, ?, ?, ?, 'cycle')""")
                .params(msisdn, managerId, role, managerId == null ? "unassigned_no_capacity" : "region_balanced", month).update();
        return this;
    }

    public AssignmentFixtures task(String taskId, String msisdn, String managerId, String status, LocalDate due) {
        jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, priority, value_at_risk, due_date, manager_id, status)
                        values (?, ?, '2039-06', 'retention', 'yellow_zone', 80, 100.00, ?, ?, ?)""")
                .params(taskId, msisdn, due, managerId, status).update();
        return this;
    }

    /** A programme customer: subscriber row and assignment row. */
    public AssignmentFixtures customer(String msisdn, String region, String managerId, String role) {
        return subscriber(msisdn, region).assignment(msisdn, managerId, role, "2039-06");
    }

    public String managerOf(String msisdn) {
        return jdbc.sql("select manager_id from assignment where msisdn = ?").param(msisdn).query(String.class).optional().orElse(null);
    }

    public long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
