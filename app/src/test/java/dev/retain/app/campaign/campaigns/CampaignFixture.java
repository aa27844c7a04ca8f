package dev.retain.app.campaign.campaigns;

import dev.retain.app.segment.RuleFactsFixture;
import dev.retain.engine.rules.Facts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers, their rule facts and segments as the campaign tests need them. Numbers are 137931xxxxx (the campaigns'
 * range); each test's customers carry a region of their own in their facts, so a target rule naming it matches them
 * and nobody else in the shared database.
 */
final class CampaignFixture {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 10_000));

    private final JdbcClient jdbc;
    private final RuleFactsFixture facts;
    private final Campaigns campaigns;

    CampaignFixture(JdbcClient jdbc, Campaigns campaigns) {
        this.jdbc = jdbc;
        this.facts = new RuleFactsFixture(jdbc);
        this.campaigns = campaigns;
    }

    /** A region code no other test uses: the target rule {@code region == "<it>"} matches only this test's customers. */
    static String region() {
        return "t-camp-" + NEXT.incrementAndGet();
    }

    /** {@code 137931} + two digits of block + three of i. */
    static String number(int block, int i) {
        return "137931" + String.format("%02d", block % 100) + String.format("%03d", i % 1000);
    }

    /** The month a run reads: the newest with facts (planting into it leaves other tests' newest month alone). */
    YearMonth factsMonth() {
        return jdbc.sql("select max(month) from rule_facts").query(String.class).optional().map(YearMonth::parse)
                .orElse(YearMonth.of(2026, 10));
    }

    /** A subscriber who consented to marketing, and their facts in {@code month}: the region, yellow zone, value at risk. */
    void customer(YearMonth month, String msisdn, String region, double valueAtRisk) {
        jdbc.sql("""
                        insert into subscriber (msisdn, msisdn_received, name, region, brand, join_date, tier, marketing_consent)
                        values (?, ?, '活动客户', 'hangzhou', 'gotone', date '2014-03-01', 'gold', true) on conflict (msisdn) do nothing""")
                .params(msisdn, msisdn).update();
        Facts f = new Facts();
        f.zone = "yellow";
        f.previousZone = "green";
        f.tier = "gold";
        f.brand = "gotone";
        f.region = region;
        f.state = "active";
        f.bill = 88;
        f.billPrev = 120;
        f.tenureMonths = 150;
        f.churnScore = 0.3;
        f.valueAtRisk = valueAtRisk;
        facts.put(month, msisdn, f);
    }

    /** {@code count} customers {@code number(block, 1..count)} with values at risk count, count-1, … 1. */
    List<String> customers(YearMonth month, int block, int count, String region) {
        List<String> numbers = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String n = number(block, i);
            customer(month, n, region, count - i + 1);
            numbers.add(n);
        }
        return numbers;
    }

    /** A customer's segment row of {@code month}: retained (green, with a bill) or gone (zone none, rule none_left). */
    void segment(YearMonth month, String msisdn, boolean retained, BigDecimal bill) {
        jdbc.sql("""
                        insert into segment (month, msisdn, tier, tier_source, zone, rule, bill_m1, churn_score, value_at_risk)
                        values (?, ?, 'gold', 'imported', ?, ?, ?, 0.1, 10) on conflict (month, msisdn) do update
                        set zone = excluded.zone, rule = excluded.rule, bill_m1 = excluded.bill_m1""")
                .params(month.toString(), msisdn, retained ? "green" : "none", retained ? "green_no_commit" : "none_left",
                        retained ? bill : null).update();
    }

    /** An SMS campaign on the region's yellow customers running from {@code start} to {@code end}; returns its id. */
    long smsCampaign(String name, String region, String holdout, LocalDate start, LocalDate end) {
        return campaigns.create(new CampaignDraft(name, "region == \"" + region + "\" && zone == \"yellow\"", List.of(), "sms", null,
                "【保有测试】" + name + "：本月专属优惠，回复 1 了解详情。", new BigDecimal(holdout), new BigDecimal("1000"), start, end), "t-supervisor");
    }
}
