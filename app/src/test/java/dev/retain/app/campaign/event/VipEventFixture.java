package dev.retain.app.campaign.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Events, pools and customers as the VIP event tests need them. Numbers are 1379190xxxx–1379199xxxx (the VIP
 * events' range); keywords carry a counter so tests sharing the database never meet.
 */
final class VipEventFixture {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 1000));

    private VipEventFixture() {
    }

    static String keyword(String prefix) {
        return prefix + NEXT.incrementAndGet();
    }

    /** An open event taking claims now (from an hour ago to a week ahead), starting in ten days. */
    static VipEventDraft open(Clock clock, String title, String keyword, int limit) {
        Instant now = clock.instant();
        return new VipEventDraft(title, "lecture", "杭州大剧院", now.plus(Duration.ofDays(10)), now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(7)), keyword, limit);
    }

    /** An event with one pool of {@code tickets} for {@code tiers} (empty: any); returns the event's id. */
    static long eventWithPool(VipEvents events, Clock clock, String title, int limit, int tickets, List<String> tiers) {
        long id = events.create(open(clock, title, keyword("VE"), limit), "t-supervisor");
        events.addPool(id, "vip_reward", tickets, tiers, null, "t-supervisor");
        return id;
    }

    /** A subscriber as an import leaves it, with a tier and an enterprise group (or null). */
    static void customer(JdbcClient jdbc, String msisdn, String tier, String groupId) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date, tier, group_id)
                        values (?, ?, '活动客户', 'hangzhou', 'gotone', date '2012-05-01', ?, ?) on conflict (msisdn) do nothing""")
                .params(msisdn, msisdn, tier, groupId).update();
    }

    /** Numbers of the range, distinct per call: {@code 13791} + 6 digits from a counter. */
    static String number(int block, int i) {
        return "137919" + String.format("%02d", block % 100) + String.format("%03d", i % 1000);
    }
}
