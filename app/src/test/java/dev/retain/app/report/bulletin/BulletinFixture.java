package dev.retain.app.report.bulletin;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One planted month for the report tests, 2086-04 (and its month before, 2086-03), in the numbers 137961000xx, straight
 * into the real tables; nobody else writes these months. The figures each section must show are in the comments and
 * in {@link BulletinTests}. Planted once per database (the months are the key).
 */
final class BulletinFixture {

    static final String MONTH = "2086-04";
    static final String BEFORE = "2086-03";
    /** A campaign and a merchant whose names a spreadsheet would read as formulas. */
    static final String CAMPAIGN_NAME = "=1+1";
    static final String MERCHANT_NAME = "+Tea House";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    BulletinFixture(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    static String n(int i) {
        return "137961%05d".formatted(i);
    }

    void plantOnce() {
        boolean planted = jdbc.sql("select exists (select 1 from segment where month = ?)").param(MONTH).query(Boolean.class).single();
        if (planted) return;
        // zones: 2086-03 → 2086-04. Programme base of 03 (not none/white): 1,2,3,4,5,7 = 6; still active in 04: 1,2,5,7 = 4
        // high-value (diamond, gold) base: 1,2,3 = 3; retained 1,2 = 2
        segment(BEFORE, 1, "gold", "blue", "blue");
        segment(MONTH, 1, "gold", "blue", "blue");
        segment(BEFORE, 2, "gold", "green", "green");
        segment(MONTH, 2, "gold", "yellow", "yellow");
        segment(BEFORE, 3, "diamond", "red", "red");
        segment(MONTH, 3, "diamond", "white", "white");
        segment(BEFORE, 4, "silver", "yellow", "yellow"); // gone in 04
        segment(BEFORE, 5, "silver", "blue", "blue");
        segment(MONTH, 5, "silver", "green", "green");
        segment(BEFORE, 6, "none", "none", "none_low");
        segment(MONTH, 6, "none", "none", "none_low");
        segment(BEFORE, 7, "silver", "red", "red");
        segment(MONTH, 7, "silver", "green", "green");
        // 04 zones: blue 1, green 2 (5, 7), yellow 1, red 0, white 1 → programme 5

        // tasks of 04: done in time, done late, open (due in the future of the business date), cancelled
        task("BUL-04-1", 1, MONTH, "done", LocalDate.of(2086, 4, 10), at(2086, 4, 5));
        task("BUL-04-2", 2, MONTH, "done", LocalDate.of(2086, 4, 10), at(2086, 4, 20));
        task("BUL-04-3", 3, MONTH, "open", LocalDate.of(2086, 4, 15), null);
        task("BUL-04-4", 4, MONTH, "cancelled", LocalDate.of(2086, 4, 15), at(2086, 4, 2));
        // the closed loop of 03's tasks, judged in 04: 1 (blue→blue), 2 (green→yellow), 3 (red→white: lost), 7 (red→green: better)
        for (int i : new int[] {1, 2, 3, 7}) task("BUL-03-" + i, i, BEFORE, "done", LocalDate.of(2086, 3, 20), at(2086, 3, 10));

        // contacts in 04: 1 reached (counts), 2 unreachable (does not); both have a manager
        jdbc.sql("insert into assignment (msisdn, manager_id, role, reason, month, assigned_by) values (?, 'BUL-CM', 'customer_manager', 'kept', ?, 'cycle'), (?, 'BUL-CM', 'customer_manager', 'kept', ?, 'cycle') on conflict do nothing")
                .params(n(1), MONTH, n(2), MONTH).update();
        contact(1, at(2086, 4, 8), "reached");
        contact(2, at(2086, 4, 9), "unreachable");

        // surveys: NPS 10 / 5 / 8 → promoters 1, detractors 1: NPS 0; knows the manager 2 of 3;
        // answers: attitude 6→7 and 7→4: mean perception 5.5, mean gap −1.0
        long r1 = response(1, at(2086, 4, 11), 10, true);
        answer(r1, "attitude", 6, 7);
        long r2 = response(2, at(2086, 4, 12), 5, false);
        answer(r2, "attitude", 7, 4);
        response(5, at(2086, 4, 13), 8, true);

        // complaints: received 3; closed 2, one within its work order's limit; callback 5 and 3 → 4.0; one repeat
        long w1 = workOrder(1, at(2086, 4, 2), at(2086, 4, 5), at(2086, 4, 4));
        long w2 = workOrder(2, at(2086, 4, 3), at(2086, 4, 10), at(2086, 4, 20));
        complaint(1, at(2086, 4, 2), at(2086, 4, 4), 5, 0, w1);
        complaint(2, at(2086, 4, 3), at(2086, 4, 20), 3, 0, w2);
        complaint(3, at(2086, 4, 10), null, null, 1, null);

        // a campaign named like a formula: treated 1, 2; holdout 5, 7; conversions 1 (treated) and 5 (holdout)
        long campaign = jdbc.sql("""
                        insert into campaign (name, target_rule, channel, body, holdout_share, budget, starts_on, ends_on, created_at, created_by)
                        values (?, 'true', 'sms', 'hello', 0.5, 0, date '2086-04-01', date '2086-04-30', ?, 'bul') returning id""")
                .params(CAMPAIGN_NAME, at(2086, 4, 1)).query(Long.class).single();
        long run = jdbc.sql("""
                        insert into campaign_run (campaign_id, facts_month, started_at, started_by, matched, added, treated, over_budget)
                        values (?, ?, ?, 'bul', 4, 4, 2, 0) returning id""").params(campaign, BEFORE, at(2086, 4, 10)).query(Long.class).single();
        for (Object[] m : new Object[][] {{1, "treated"}, {2, "treated"}, {5, "holdout"}, {7, "holdout"}}) {
            jdbc.sql("insert into campaign_member (campaign_id, msisdn, grp, draw, value_at_risk, run_id, added_at) values (?, ?, ?, 0.5, 100, ?, ?)")
                    .params(campaign, n((Integer) m[0]), m[1], run, at(2086, 4, 10)).update();
        }
        conversion(campaign, 1, at(2086, 4, 20));
        conversion(campaign, 5, at(2086, 4, 21));

        // a merchant named like a formula: 3 redemptions in 04, one reversed → 2, 20 points
        long merchant = jdbc.sql("""
                        insert into merchant (code, name, club, region, state, created_at) values ('BUL-M1', ?, 'leisure', 'hangzhou', 'online', ?)
                        returning id""").params(MERCHANT_NAME, at(2086, 1, 1)).query(Long.class).single();
        for (int i = 0; i < 3; i++) {
            String key = "bul-" + i;
            jdbc.sql("""
                            insert into merchant_redemption (merchant_id, idempotency_key, receipt_no, clerk, msisdn, kind, points, value_fen,
                                ledger_key, balance_after, at, reversed_at, reversed_by)
                            values (?, ?, ?, 'bul-clerk', ?, 'consumption', 10, 500, ?, 0, ?, ?, ?)""")
                    .params(merchant, key, "BUL-R-" + i, n(1 + i), "merchant-" + key, at(2086, 4, 15), i == 2 ? at(2086, 4, 16) : null,
                            i == 2 ? "bul-clerk" : null).update();
        }

        // inspections: two customers checked on 2086-04-12: profile 1 of 2, knows the manager 2 of 2, service 1 of 2
        long round = jdbc.sql("""
                        insert into inspection_round (region, branch, seed, sample_size, min_per_stratum, population, drawn_by, drawn_at)
                        values ('hangzhou', 'BUL-B', 1, 2, 0, 2, 'bul', ?) returning id""").param(at(2086, 4, 11)).query(Long.class).single();
        finding(round, 1, true, true, true);
        finding(round, 2, false, true, false);
    }

    private Timestamp at(int year, int month, int day) {
        return Timestamp.from(LocalDateTime.of(year, month, day, 10, 0).atZone(zone).toInstant());
    }

    private void segment(String month, int i, String tier, String zone, String rule) {
        jdbc.sql("""
                        insert into segment (month, msisdn, tier, tier_source, zone, rule, churn_score, value_at_risk)
                        values (?, ?, ?, 'rule', ?, ?, 0.1, 100)""").params(month, n(i), tier, zone, rule).update();
    }

    private void task(String id, int i, String month, String status, LocalDate due, Timestamp closed) {
        jdbc.sql("""
                        insert into task (task_id, msisdn, month, kind, reasons, priority, value_at_risk, due_date, manager_id, status, closed_at)
                        values (?, ?, ?, 'cycle', 'R1', 1, 100, ?, 'BUL-CM', ?, ?)""").params(id, n(i), month, due, status, closed).update();
    }

    private void contact(int i, Timestamp at, String outcome) {
        jdbc.sql("insert into contact (msisdn, at, channel, outcome, username) values (?, ?, 'customer_manager', ?, 'bul')")
                .params(n(i), at, outcome).update();
    }

    private long response(int i, Timestamp at, int nps, boolean knows) {
        return jdbc.sql("""
                        insert into survey_response (template_code, msisdn, channel, answered_at, recorded_by, nps, knows_manager)
                        values ('default', ?, 'phone', ?, 'bul', ?, ?) returning id""").params(n(i), at, nps, knows).query(Long.class).single();
    }

    private void answer(long response, String dimension, int expectation, int perception) {
        jdbc.sql("insert into survey_answer (response_id, dimension, expectation, perception) values (?, ?, ?, ?)")
                .params(response, dimension, expectation, perception).update();
    }

    private long workOrder(int i, Timestamp created, Timestamp due, Timestamp closed) {
        return jdbc.sql("""
                        insert into work_order (msisdn, channel, category, description, priority, state, queue, created_by, created_at,
                            limit_minutes, warn_minutes, due_at, resolved_at, result, closed_at, callback_outcome)
                        values (?, 'hotline', 'network', 'bul', 'regular', 'closed', 'front_desk', 'bul', ?, 1440, 720, ?, ?, 'fixed', ?, 'satisfied')
                        returning id""").params(n(i), created, due, closed, closed).query(Long.class).single();
    }

    private void complaint(int i, Timestamp received, Timestamp closed, Integer satisfaction, int repeats, Long workOrder) {
        jdbc.sql("""
                        insert into complaint (msisdn, received_at, channel, source_class, category, description, state, repeat_count,
                            work_order_id, closed_at, satisfaction)
                        values (?, ?, 'hotline', 'hotline_hall', 'network', 'bul', ?, ?, ?, ?, ?)""")
                .params(n(i), received, closed == null ? "handling" : "closed", repeats, workOrder, closed, satisfaction).update();
    }

    private void conversion(long campaign, int i, Timestamp at) {
        jdbc.sql("""
                        insert into campaign_response (campaign_id, msisdn, kind, source, source_ref, at, recorded_by)
                        values (?, ?, 'conversion', 'import', ?, ?, 'bul')""").params(campaign, n(i), "bul-" + i, at).update();
    }

    private void finding(long round, int i, boolean profile, boolean knows, boolean service) {
        jdbc.sql("""
                        insert into inspection_sample (round_id, msisdn, tier, zone, manager_id, stratum_size, draw_order)
                        values (?, ?, 'gold', 'blue', 'BUL-CM', 2, ?)""").params(round, n(i), i).update();
        jdbc.sql("""
                        insert into inspection_finding (round_id, msisdn, method, found_on, profile_correct, knows_manager, service_received, recorded_by)
                        values (?, ?, 'visit', date '2086-04-12', ?, ?, ?, 'bul')""").params(round, n(i), profile, knows, service).update();
    }
}
