package dev.retain.app.retention;

import dev.retain.engine.task.TaskPlanner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for the workbench tests, inserted as the import and the cycle would leave them:
 * a subscriber with 13 months of usage, the cycle month's segment, an assignment and a task.
 * The database is shared by all test classes: each class uses its own MSISDN prefix.
 */
final class WorkbenchFixture {

    static final String MONTH = "2026-10";

    private final JdbcClient jdbc;

    WorkbenchFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
        manager("PM-T1", "电话经理一", "phone_manager");
        manager("PM-T2", "电话经理二", "phone_manager");
        manager("CM-T1", "客户经理一", "customer_manager");
        manager("CM-T2", "客户经理二", "customer_manager");
        jdbc.sql("""
                insert into plan (plan_id, name, monthly_fee, voice_min, data_mb, sms, over_voice_per_min, over_data_per_mb, over_sms)
                values ('wb-plan-188', '全球通188', 188.00, 500, 10240, 100, 0.19, 0.29, 0.10) on conflict do nothing""").update();
    }

    /** What a test says about one customer; the rest gets sensible defaults. */
    record Customer(String msisdn, String name, String managerId, String zone, String rule, String kind, String reasons,
                    long priority, LocalDate due) {

        Customer zone(String zone, String rule) {
            return new Customer(msisdn, name, managerId, zone, rule, kind, reasons, priority, due);
        }

        Customer kind(String kind, String reasons) {
            return new Customer(msisdn, name, managerId, zone, rule, kind, reasons, priority, due);
        }

        Customer priority(long priority) {
            return new Customer(msisdn, name, managerId, zone, rule, kind, reasons, priority, due);
        }

        Customer due(LocalDate due) {
            return new Customer(msisdn, name, managerId, zone, rule, kind, reasons, priority, due);
        }
    }

    /** A yellow customer whose bill fell from 260.00 to 150.00, due in ten days. */
    static Customer yellow(String msisdn, String managerId) {
        return new Customer(msisdn, "王小明", managerId, "yellow", "yellow_bill_drop", "retention", "yellow_zone;bill_down_30",
                1000, LocalDate.now().plusDays(10));
    }

    /** Inserts the customer with usage, segment, assignment and an open task; returns the task id. */
    String insert(Customer c) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, gender, birth_date, lunar_birthday, region, branch, brand, tier,
                          group_id, join_date, plan_id, min_commit, contract_end, points, points_expiry, marketing_consent, dnd)
                        values (?, ?, ?, 'F', date '1985-03-08', true, 'hangzhou', 'xihu', 'gotone', 'gold', null, date '2012-05-01',
                          'wb-plan-188', 0, current_date + 30, 1200, current_date + 200, true, false)""")
                .params(c.msisdn(), c.msisdn(), c.name()).update();
        YearMonth last = YearMonth.parse(MONTH);
        for (int back = 12; back >= 0; back--) {
            // a steady 260 CNY customer whose last month dropped to 150 (the yellow story)
            BigDecimal bill = back == 0 ? new BigDecimal("150.00") : new BigDecimal("260.00");
            jdbc.sql("insert into usage_monthly (msisdn, month, bill, mou_out, data_mb, sms, state) values (?, ?, ?, ?, ?, ?, 'active')")
                    .params(c.msisdn(), last.minusMonths(back).toString(), bill, back == 0 ? 280 : 420 + back, 2048.5 + back, 30)
                    .update();
        }
        jdbc.sql("""
                        insert into segment (month, msisdn, tier, tier_source, zone, rule, bill_m1, mou_m1, bill_m2, mou_m2, state_m1,
                          churn_score, value_at_risk)
                        values (?, ?, 'gold', 'imported', ?, ?, 150.00, 280, 260.00, 421, 'active', 0.120000, 62.40)""")
                .params(MONTH, c.msisdn(), c.zone(), c.rule()).update();
        jdbc.sql("""
                        insert into segment (month, msisdn, tier, tier_source, zone, rule, bill_m1, mou_m1, bill_m2, mou_m2, state_m1,
                          churn_score, value_at_risk)
                        values (?, ?, 'gold', 'imported', 'blue', 'blue_commit', 260.00, 421, 260.00, 422, 'active', 0.010000, 5.20)""")
                .params(last.minusMonths(1).toString(), c.msisdn()).update();
        if (c.managerId() != null) {
            jdbc.sql("insert into assignment (msisdn, manager_id, role, reason, month, assigned_by) values (?, ?, ?, 'region_balanced', ?, 'cycle')")
                    .params(c.msisdn(), c.managerId(), c.managerId().startsWith("CM") ? "customer_manager" : "phone_manager", MONTH)
                    .update();
        }
        String taskId = TaskPlanner.taskId(last, c.msisdn());
        jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, actions, priority, value_at_risk, due_date, manager_id)
                        values (?, ?, ?, ?, ?, 'find_bill_drop_reason;tariff_recommendation', ?, 62.40, ?, ?)""")
                .params(taskId, c.msisdn(), MONTH, c.kind(), c.reasons(), c.priority(), c.due(), c.managerId()).update();
        return taskId;
    }

    /** The customer's opaque key, as links and API paths carry it. */
    String keyOf(String msisdn) {
        return jdbc.sql("select customer_key::text from subscriber where msisdn = ?").param(msisdn).query(String.class).single();
    }

    void closeTask(String taskId) {
        jdbc.sql("update task set status = 'done', outcome = 'reached', closed_at = now() where task_id = ?").param(taskId).update();
    }

    String taskStatus(String taskId) {
        return jdbc.sql("select status from task where task_id = ?").param(taskId).query(String.class).single();
    }

    LocalDate taskDue(String taskId) {
        return jdbc.sql("select due_date from task where task_id = ?").param(taskId).query(LocalDate.class).single();
    }

    long contactsOf(String msisdn) {
        return jdbc.sql("select count(*) from contact where msisdn = ?").param(msisdn).query(Long.class).single();
    }

    long auditEntries(String username, String action, String subject) {
        return jdbc.sql("select count(*) from audit_log where username = ? and action = ? and subject = ?")
                .params(username, action, subject).query(Long.class).single();
    }

    private void manager(String id, String name, String role) {
        jdbc.sql("insert into manager (manager_id, name, role, region) values (?, ?, ?, 'hangzhou') on conflict do nothing")
                .params(id, name, role).update();
    }
}
