package dev.retain.app.complaint.visit;

import dev.retain.app.complaint.Complaints;
import dev.retain.app.complaint.NewComplaint;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for the visit tests: subscribers with a location (as the import loads address/lat/lon) and
 * open complaints through the complaint module's intake ({@code Complaints.receive}). Numbers are unique per call, so tests sharing the
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

    /** An open complaint of the customer through the intake (channel hotline), received at {@code at}. */
    static long complaint(Complaints complaints, String msisdn, String category, Instant at) {
        return complaints.receive(new NewComplaint("visit-test-" + msisdn + "-" + NEXT.incrementAndGet(), msisdn, "hotline", category,
                "信号差，多次投诉", at, "visit-test")).id();
    }
}
