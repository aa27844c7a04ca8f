package dev.retain.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.value.Money;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The province is realistic rather than uniform: the shares the brief asks for, roughly. */
class PopulationTests {

    private final SmallProvince province = SmallProvince.get();

    @Test
    void everyBrandTierAndStateOccurs() {
        assertThat(province.subscribers.column("brand")).contains("gotone", "mzone", "easyown");
        assertThat(province.subscribers.column("tier")).contains("diamond", "gold", "silver", "none", "");
        assertThat(province.usage.column("state")).contains("active", "suspended", "precancel", "cancelled");
    }

    @Test
    void brandAndTierSharesAreSkewed() {
        Map<String, Double> brands = shares(province.subscribers.column("brand"));
        assertThat(brands.get("gotone")).isBetween(0.17, 0.23);
        assertThat(brands.get("mzone")).isBetween(0.27, 0.33);
        assertThat(brands.get("easyown")).isBetween(0.46, 0.54);

        Map<String, Double> tiers = shares(province.subscribers.column("tier"));
        assertThat(tiers.get("diamond")).isBetween(0.003, 0.02);
        assertThat(tiers.get("gold")).isBetween(0.025, 0.06);
        assertThat(tiers.get("silver")).isBetween(0.07, 0.13);
        assertThat(tiers.get("")).as("tier left for the rules").isBetween(0.03, 0.07);
    }

    @Test
    void groupsHoldAboutFifteenPercentInVeryDifferentSizes() {
        List<String> groupIds = province.subscribers.column("group_id");
        double inGroup = groupIds.stream().filter(g -> !g.isEmpty()).count() / (double) groupIds.size();
        assertThat(inGroup).isBetween(0.11, 0.19);

        Map<String, Long> sizes = groupIds.stream().filter(g -> !g.isEmpty())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long largest = sizes.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long smallest = sizes.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(largest).isGreaterThan(10 * smallest);
    }

    @Test
    void personalFlagsHaveTheirShares() {
        Map<String, Double> consent = shares(province.subscribers.column("marketing_consent"));
        assertThat(consent.get("true")).isBetween(0.65, 0.75);
        Map<String, Double> dnd = shares(province.subscribers.column("dnd"));
        assertThat(dnd.get("true")).isBetween(0.015, 0.05);
        Map<String, Double> lunar = shares(province.subscribers.column("lunar_birthday"));
        assertThat(lunar.get("true")).isBetween(0.07, 0.13);
    }

    @Test
    void tenureRangesFromNewcomersToTwentyYears() {
        List<String> joins = province.subscribers.column("join_date");
        YearMonth first = province.summary.firstMonth();
        assertThat(joins).anyMatch(d -> YearMonth.parse(d.substring(0, 7)).isAfter(first));
        assertThat(joins).anyMatch(d -> YearMonth.parse(d.substring(0, 7)).isBefore(first.minusYears(15)));
        assertThat(joins).allMatch(d -> !YearMonth.parse(d.substring(0, 7)).isBefore(province.summary.lastMonth().minusYears(20)));
    }

    @Test
    void aPlausibleShareIsHighValueEveryMonthWithBoundaryCases() {
        long exactBill = 0;
        long exactMinutes = 0;
        for (YearMonth month : province.months()) {
            long active = 0;
            long highValue = 0;
            for (List<SmallProvince.Usage> rows : province.usageBySubscriber.values()) {
                for (SmallProvince.Usage u : rows) {
                    if (u.month().equals(month) && u.state().equals("active")) {
                        active++;
                        if (u.billFen() >= 18800 && u.mou() > 300) {
                            highValue++;
                        }
                        exactBill += u.billFen() == 18800 ? 1 : 0;
                        exactMinutes += u.mou() == 300 ? 1 : 0;
                    }
                }
            }
            assertThat(highValue / (double) active).as("high-value share in %s", month).isBetween(0.13, 0.25);
        }
        assertThat(exactBill).isPositive();
        assertThat(exactMinutes).isPositive();
        assertThat(exactBill).isLessThan(province.usage.rows().size() / 20);
    }

    @Test
    void billsHaveALongTail() {
        List<Long> bills = province.usageBySubscriber.values().stream().flatMap(List::stream)
                .filter(u -> u.state().equals("active")).map(SmallProvince.Usage::billFen).sorted().toList();
        long median = bills.get(bills.size() / 2);
        long p99 = bills.get(bills.size() * 99 / 100);
        assertThat(p99).isGreaterThan(5 * median);
    }

    @Test
    void highTiersSitOnDearerPlans() {
        Map<String, Long> fees = province.plans.rows().stream()
                .collect(Collectors.toMap(r -> r[0], r -> Money.parseFen(r[2])));
        int tier = province.subscribers.col("tier");
        int plan = province.subscribers.col("plan_id");
        Map<String, Double> meanFee = province.subscribers.rows().stream().filter(r -> !r[tier].isEmpty())
                .collect(Collectors.groupingBy(r -> r[tier], Collectors.averagingLong(r -> fees.get(r[plan]))));
        assertThat(meanFee.get("diamond")).isGreaterThan(meanFee.get("gold"));
        assertThat(meanFee.get("gold")).isGreaterThan(meanFee.get("silver"));
        assertThat(meanFee.get("silver")).isGreaterThan(meanFee.get("none"));
    }

    @Test
    void aboutOneInFiveHasAnEmailAndMostPreferSms() {
        List<String> emails = province.subscribers.column("email");
        double withEmail = emails.stream().filter(e -> !e.isEmpty()).count() / (double) emails.size();
        assertThat(withEmail).as("customers with an email address").isBetween(0.14, 0.26);
        Map<String, Double> domains = shares(emails.stream().filter(e -> !e.isEmpty()).map(e -> e.substring(e.indexOf('@') + 1)).toList());
        assertThat(domains.get("qq.com")).as("QQ mail leads").isGreaterThan(domains.get("163.com")).isBetween(0.35, 0.55);

        Map<String, Double> channels = shares(province.subscribers.column("preferred_channel"));
        assertThat(channels.getOrDefault("sms", 0.0) + channels.getOrDefault("", 0.0)).as("SMS, written or left empty").isGreaterThan(0.9);
        assertThat(channels.get("")).as("often left empty").isGreaterThan(0.4);
        assertThat(channels.get("call")).isBetween(0.01, 0.08);
        assertThat(channels.get("email")).isBetween(0.01, 0.05);
        List<String> rows = province.subscribers.column("preferred_channel");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).equals("email")) assertThat(emails.get(i)).as("email preferred only with an address").isNotEmpty();
        }
    }

    private static Map<String, Double> shares(List<String> values) {
        return values.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.collectingAndThen(Collectors.counting(), n -> n / (double) values.size())));
    }
}
