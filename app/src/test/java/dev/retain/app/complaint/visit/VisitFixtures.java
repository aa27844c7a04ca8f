package dev.retain.app.complaint.visit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for the visit tests: subscribers with a location (as the import loads address/lat/lon) and
 * open complaints inserted straight into {@code complaint} — test fixtures only, until the intake's
 * {@code Complaints.receive} is on this branch. Numbers are unique per call, so tests sharing the
 * database never collide.
 */
final class VisitFixtures {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000);

    private VisitFixtures() {
    }

    static String number() {
        return "1470" + String.format("%07d", NEXT.incrementAndGet() % 10_000_000);
    }

    /** A subscriber of Xi'an with this card, at lat/lon (null: no location on file). */
    static String subscriber(JdbcClient jdbc, String tier, Double lat, Double lon) {
        String msisdn = number();
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, gender, region, brand, tier, join_date, marketing_consent, address, lat, lon)
                        values (?, ?, '拜访测试', 'M', 'xian', 'gotone', ?, date '2015-01-01', true, ?, ?, ?)""")
                .params(msisdn, msisdn, tier, lat == null ? null : "西安市测试路 " + msisdn.substring(7) + " 号", lat, lon).update();
        return msisdn;
    }

    /** An open complaint of the customer, received at {@code at}. */
    static long complaint(JdbcClient jdbc, String msisdn, String category, int repeatCount, Instant at) {
        return jdbc.sql("""
                        insert into complaint (external_id, msisdn, received_at, channel, source_class, category, description, region, branch, state, repeat_count)
                        values (?, ?, ?, 'hotline', 'hotline_hall', ?, '信号差', 'xian', null, 'intake', ?) returning id""")
                .params("visit-test-" + msisdn + "-" + NEXT.incrementAndGet(), msisdn, Timestamp.from(at), category, repeatCount)
                .query(Long.class).single();
    }
}
