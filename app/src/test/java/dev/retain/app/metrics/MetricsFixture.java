package dev.retain.app.metrics;

import dev.retain.app.assignment.AssignmentFixtures;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Planted rows for the metric tests (numbers 137962xxxxx, months 2080-01..2083-12), straight into the owners' tables.
 * Two months, 2080-01 and 2080-02; region MTRG with branches b1 and b2; managers MT-CM1 (team MT-T1, branch b1),
 * MT-CM2 (team MT-T2, b2) and MT-CM3 (team MT-T3, b2: 55 customers without contact, for paging).
 * docs/metrics.md's definitions give, for 2080-02 (hand-computed in MetricsTests' comments).
 */
public final class MetricsFixture {

    public static final YearMonth PREV = YearMonth.of(2080, 1);
    public static final YearMonth MONTH = YearMonth.of(2080, 2);
    public static final String REGION = "MTRG";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    public MetricsFixture(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** Plants everything once (a second call finds it planted). */
    public void plantOnce() {
        if (jdbc.sql("select count(*) from manager where manager_id = 'MT-CM1'").query(Long.class).single() > 0) return;
        AssignmentFixtures f = new AssignmentFixtures(jdbc)
                .manager("MT-CM1", "customer_manager", REGION, null, true)
                .manager("MT-CM2", "customer_manager", REGION, null, true)
                .manager("MT-CM3", "phone_manager", REGION, null, true);
        team("MT-CM1", "b1", "MT-T1");
        team("MT-CM2", "b2", "MT-T2");
        team("MT-CM3", "b2", "MT-T3");
        // …01: yellow → green, surveyed 10 (knows, perceptions 6), reached in the month, task done, CLV 1000
        customer(f, "13796200001", "b1", "MT-CM1");
        segment(PREV, "13796200001", "yellow", null);
        segment(MONTH, "13796200001", "green", "1000.00");
        survey("13796200001", 10, true, 6);
        contact("13796200001", day(10), "reached");
        task("13796200001", "done", LocalDate.of(2080, 2, 20));
        // …02: red → white (churned), surveyed 5 (does not know, perceptions 3), only an unreachable call, task overdue, CLV 200
        customer(f, "13796200002", "b1", "MT-CM1");
        segment(PREV, "13796200002", "red", null);
        segment(MONTH, "13796200002", "white", "200.00");
        survey("13796200002", 5, false, 3);
        contact("13796200002", day(11), "unreachable");
        task("13796200002", "open", LocalDate.of(2020, 1, 1));
        // …03: green → no row this month (gone); a care SMS delivered in the month
        customer(f, "13796200003", "b1", "MT-CM1");
        segment(PREV, "13796200003", "green", null);
        message("13796200003", day(12));
        // …04: blue → blue, surveyed 8 (knows, perceptions 5: exactly the top third), reached only last month
        customer(f, "13796200004", "b2", "MT-CM2");
        segment(PREV, "13796200004", "blue", null);
        segment(MONTH, "13796200004", "blue", null);
        survey("13796200004", 8, true, 5);
        contact("13796200004", PREV.atDay(20).atTime(12, 0).atZone(zone).toInstant(), "reached");
        // …05: no manager, not in the programme last month, red now
        f.subscriber("13796200005", REGION).assignment("13796200005", null, "customer_manager", "2080-02");
        branch("13796200005", "b2");
        segment(MONTH, "13796200005", "red", null);
        // …200: the test login pm-t1's (manager PM-T1) one customer, in branch b3: a manager's own view
        f.subscriber("13796200200", REGION).assignment("13796200200", "PM-T1", "phone_manager", "2080-02");
        branch("13796200200", "b3");
        segment(PREV, "13796200200", "blue", null);
        segment(MONTH, "13796200200", "green", null);
        // 55 customers of MT-CM3, blue both months, never contacted: the drill-down's pages
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, branch, brand, join_date)
                        select '137962001' || lpad(i::text, 2, '0'), '137962001' || lpad(i::text, 2, '0'), '李' || i, ?, 'b2', 'gotone', date '2020-01-01'
                        from generate_series(0, 54) i""").param(REGION).update();
        jdbc.sql("""
                        insert into assignment (msisdn, manager_id, role, reason, month, assigned_by)
                        select '137962001' || lpad(i::text, 2, '0'), 'MT-CM3', 'phone_manager', 'region_balanced', '2080-02', 'cycle'
                        from generate_series(0, 54) i""").update();
        for (YearMonth m : new YearMonth[] {PREV, MONTH}) {
            jdbc.sql("""
                            insert into segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk)
                            select ?, '137962001' || lpad(i::text, 2, '0'), 'silver', 'rules', 'blue', 'test', 0.1, 0
                            from generate_series(0, 54) i""").param(m.toString()).update();
        }
    }

    private java.time.Instant day(int dayOfMonth) {
        return MONTH.atDay(dayOfMonth).atTime(12, 0).atZone(zone).toInstant();
    }

    private void team(String manager, String branch, String team) {
        jdbc.sql("update manager set branch = ?, team = ? where manager_id = ?").params(branch, team, manager).update();
    }

    private void customer(AssignmentFixtures f, String msisdn, String branch, String manager) {
        f.customer(msisdn, REGION, manager, "customer_manager");
        branch(msisdn, branch);
    }

    private void branch(String msisdn, String branch) {
        jdbc.sql("update subscriber set branch = ?, tier = 'gold' where msisdn = ?").params(branch, msisdn).update();
    }

    private void segment(YearMonth month, String msisdn, String zoneCode, String clv) {
        jdbc.sql("""
                        insert into segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk, clv)
                        values (?, ?, 'gold', 'rules', ?, 'test', 0.1, 0, cast(? as numeric))""")
                .params(month.toString(), msisdn, zoneCode, clv).update();
    }

    private void survey(String msisdn, int nps, boolean knows, int perception) {
        long id = jdbc.sql("""
                        insert into survey_response (template_code, msisdn, channel, answered_at, recorded_by, nps, knows_manager)
                        values ('default', ?, 'phone', ?, 'mt-test', ?, ?) returning id""")
                .params(msisdn, Timestamp.from(day(15)), nps, knows).query(Long.class).single();
        for (String d : new String[] {"attitude", "efficiency", "quality", "environment", "price", "needs"}) {
            jdbc.sql("insert into survey_answer (response_id, dimension, expectation, perception) values (?, ?, 6, ?)")
                    .params(id, d, perception).update();
        }
    }

    private void contact(String msisdn, java.time.Instant at, String outcome) {
        jdbc.sql("insert into contact (msisdn, at, channel, outcome, username) values (?, ?, 'customer_manager', ?, 'mt-test')")
                .params(msisdn, Timestamp.from(at), outcome).update();
    }

    private void message(String msisdn, java.time.Instant sentAt) {
        jdbc.sql("""
                        insert into outbox_message (idempotency_key, msisdn, channel, message_class, body, reason, state, queued_by, queued_at,
                          sent_at, updated_at)
                        values (?, ?, 'sms', 'marketing', 'body', 'care', 'delivered', 'mt-test', ?, ?, ?)""")
                .params("mt-" + msisdn, msisdn, Timestamp.from(sentAt), Timestamp.from(sentAt), Timestamp.from(sentAt)).update();
    }

    private void task(String msisdn, String status, LocalDate due) {
        jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, priority, value_at_risk, due_date, manager_id, status)
                        values (?, ?, ?, 'retention', 'yellow_zone', 80, 100.00, ?, (select manager_id from assignment where msisdn = ?), ?)""")
                .params("MT-" + msisdn, msisdn, MONTH.toString(), due, msisdn, status).update();
    }
}
