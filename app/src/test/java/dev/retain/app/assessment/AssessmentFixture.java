package dev.retain.app.assessment;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A team of three managers with hand-computable measures in {@code month} (see {@link ManagerAssessmentTests}):
 * A has 4 customers (3 contacted; 4 tasks, all done, 2 by the due date; 3 of 4 still active the month after; one survey
 * with every perception 7), B 2 customers (both contacted; 2 tasks, 1 done on time, 1 open; both active; one survey with
 * every perception 4), C no customer and one task superseded by a later month's (never done; its customer has no
 * segment the month after: lost). MSISDNs {@code prefix} + 4 digits; {@link #remove()} takes the rows that carry a month
 * away again (tasks, segments, responses in a far month would be every other test's "newest month").
 */
final class AssessmentFixture {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    final String team;
    final String a;
    final String b;
    final String c;
    private final JdbcClient jdbc;
    private final String prefix;
    private final YearMonth month;

    AssessmentFixture(JdbcClient jdbc, String prefix, String tag, YearMonth month) {
        this.jdbc = jdbc;
        this.prefix = prefix;
        this.month = month;
        this.team = "AS-" + tag;
        this.a = "AS" + tag + "-A";
        this.b = "AS" + tag + "-B";
        this.c = "AS" + tag + "-C";
    }

    void plant() {
        remove();
        manager(a, "考核经理甲");
        manager(b, "考核经理乙");
        manager(c, "考核经理丙");
        for (int i = 0; i < 4; i++) customer(number(i), a);
        for (int i = 4; i < 6; i++) customer(number(i), b);
        // contacts in the month: A's first three customers, both of B's; A's fourth was only tried (unreachable is no contact)
        for (int i : new int[] {0, 1, 2, 4, 5}) contact(number(i), "reached", 10);
        contact(number(3), "unreachable", 11);
        // tasks due on the 20th: closed on the 20th at 23:00 in Shanghai is on time; on the 21st at 01:00 it is late,
        // though still the 20th in UTC
        task(0, a, "done", at(20, 23));
        task(1, a, "done", at(20, 9));
        task(2, a, "done", at(21, 1));
        task(3, a, "done", at(25, 9));
        task(4, b, "done", at(19, 9));
        task(5, b, "open", null);
        task(6, c, "superseded", null);
        // the closed loop: the month's segments, and the month after: A's fourth white (lost), C's customer gone
        for (int i = 0; i < 6; i++) {
            segment(month, number(i), "red");
            segment(month.plusMonths(1), number(i), i == 3 ? "white" : "yellow");
        }
        segment(month, number(6), "red");
        survey(number(0), 7);
        survey(number(4), 4);
    }

    void remove() {
        String like = prefix + "%";
        jdbc.sql("delete from task where msisdn like ?").param(like).update();
        jdbc.sql("delete from segment where msisdn like ?").param(like).update();
        jdbc.sql("delete from survey_answer where response_id in (select id from survey_response where msisdn like ?)").param(like).update();
        jdbc.sql("delete from survey_response where msisdn like ?").param(like).update();
        jdbc.sql("delete from contact where msisdn like ?").param(like).update();
        jdbc.sql("delete from assignment where msisdn like ?").param(like).update();
    }

    String number(int i) {
        return prefix + String.format("%0" + (11 - prefix.length()) + "d", i);
    }

    private Timestamp at(int day, int hour) {
        return Timestamp.from(ZonedDateTime.of(month.getYear(), month.getMonthValue(), day, hour, 0, 0, 0, ZONE).toInstant());
    }

    private void manager(String id, String name) {
        jdbc.sql("insert into manager (manager_id, name, role, region, branch, team) values (?, ?, 'customer_manager', 'hangzhou', 'fuyang', ?) on conflict do nothing")
                .params(id, name, team).update();
    }

    private void customer(String msisdn, String managerId) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, branch, brand, tier, join_date)
                        values (?, ?, '孙八', 'hangzhou', 'fuyang', 'gotone', 'gold', date '2015-01-01') on conflict do nothing""")
                .params(msisdn, msisdn).update();
        jdbc.sql("insert into assignment (msisdn, manager_id, role, reason, month, assigned_by) values (?, ?, 'customer_manager', 'manual', ?, 'test')")
                .params(msisdn, managerId, month.toString()).update();
    }

    private void contact(String msisdn, String outcome, int day) {
        jdbc.sql("insert into contact (msisdn, at, channel, outcome, username) values (?, ?, 'customer_manager', ?, 'test')")
                .params(msisdn, at(day, 10), outcome).update();
    }

    private void task(int i, String managerId, String state, Timestamp closedAt) {
        jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, priority, value_at_risk, due_date, manager_id, status, closed_at)
                        values (?, ?, ?, 'retention', 'red_zone', 10, 100, ?, ?, ?, ?)""")
                .params(prefix + "-T" + i, number(i), month.toString(), java.sql.Date.valueOf(month.atDay(20)), managerId, state, closedAt).update();
    }

    private void segment(YearMonth m, String msisdn, String zone) {
        jdbc.sql("""
                        insert into segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk)
                        values (?, ?, 'gold', 'imported', ?, ?, 0.5, 100)""")
                .params(m.toString(), msisdn, zone, zone + "_test").update();
    }

    private void survey(String msisdn, int perception) {
        long id = jdbc.sql("""
                        insert into survey_response (template_code, msisdn, channel, answered_at, recorded_by, nps, knows_manager)
                        values ('default', ?, 'phone', ?, 't-supervisor', 9, true) returning id""")
                .params(msisdn, at(15, 10)).query(Long.class).single();
        for (String d : List.of("attitude", "efficiency", "quality", "environment", "price", "needs")) {
            jdbc.sql("insert into survey_answer (response_id, dimension, expectation, perception) values (?, ?, 6, ?)").params(id, d, perception).update();
        }
    }
}
