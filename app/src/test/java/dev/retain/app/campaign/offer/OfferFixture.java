package dev.retain.app.campaign.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Offers for the tests: unique codes ("T" and a counter with the clock's nanos), valid around today. MSISDNs 137930xxxxx. */
final class OfferFixture {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private OfferFixture() {
    }

    static String code(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + SEQ.incrementAndGet();
    }

    static String number(int block, int i) {
        return String.format("137930%02d%03d", block, i);
    }

    static OfferDraft gift(String code, String eligibility, String cost, Integer stock, String prior) {
        LocalDate today = LocalDate.now();
        return new OfferDraft(code, "测试礼品" + code, "Test gift " + code, "gift", Map.of("item", "保温杯", "value", "40"), eligibility,
                new BigDecimal(cost), today.minusDays(30), today.plusDays(60), stock, new BigDecimal(prior));
    }

    static OfferDraft dataPack(String code, String eligibility, String cost, String prior) {
        LocalDate today = LocalDate.now();
        return new OfferDraft(code, "测试流量包" + code, "Test data pack " + code, "data_pack",
                Map.of("data_mb", "10240", "months", "3", "price", "0"), eligibility, new BigDecimal(cost), today.minusDays(30),
                today.plusDays(60), null, new BigDecimal(prior));
    }
}
