package dev.retain.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Managers fit the ratios of SPEC R3.1 in most regions, and deliberately not in some. */
class ManagerTests {

    private final SmallProvince province = SmallProvince.get();

    @Test
    void everyRegionHasBothRoles() {
        Table managers = province.managers;
        for (Region region : Zhejiang.REGIONS) {
            assertThat(managers.rows()).anyMatch(r -> r[managers.col("region")].equals(region.code())
                    && r[managers.col("role")].equals("customer_manager"));
            assertThat(managers.rows()).anyMatch(r -> r[managers.col("region")].equals(region.code())
                    && r[managers.col("role")].equals("phone_manager"));
        }
    }

    @Test
    void someRegionsAreShortOfCustomerManagersAndOthersAreNot() {
        Map<String, Long> demand = customerManagerDemand();
        Map<String, Long> capacity = activeCapacity("customer_manager", 500);

        assertThat(Zhejiang.REGIONS).anyMatch(r -> capacity.getOrDefault(r.code(), 0L) < demand.get(r.code()));
        assertThat(Zhejiang.REGIONS).anyMatch(r -> capacity.getOrDefault(r.code(), 0L) >= demand.get(r.code()));
        for (String shortRegion : Zhejiang.SHORT_OF_MANAGERS) {
            assertThat(capacity.get(shortRegion)).as(shortRegion).isLessThan(demand.get(shortRegion));
        }
    }

    @Test
    void capacityIsMostlyTheDefaultAndSomeManagersAreGone() {
        long explicit = province.managers.column("capacity").stream().filter(c -> !c.isEmpty()).count();
        long total = province.managers.rows().size();
        assertThat(explicit).isPositive().isLessThan(total / 2);
        assertThat(province.managers.column("active")).contains("false");
        assertThat(province.groups.column("account_manager_id")).contains("");
    }

    /** Diamond, gold and silver in a group (SPEC R3.2), by region; an empty tier counts as none here. */
    private Map<String, Long> customerManagerDemand() {
        Map<String, Long> demand = new HashMap<>();
        Table s = province.subscribers;
        for (String[] row : s.rows()) {
            String tier = row[s.col("tier")];
            boolean group = !row[s.col("group_id")].isEmpty();
            long needs = tier.equals("diamond") || tier.equals("gold") || (tier.equals("silver") && group) ? 1 : 0;
            demand.merge(row[s.col("region")], needs, Long::sum);
        }
        return demand;
    }

    private Map<String, Long> activeCapacity(String role, long defaultCapacity) {
        Map<String, Long> capacity = new HashMap<>();
        Table m = province.managers;
        for (String[] row : m.rows()) {
            if (row[m.col("role")].equals(role) && row[m.col("active")].equals("true")) {
                String c = row[m.col("capacity")];
                capacity.merge(row[m.col("region")], c.isEmpty() ? defaultCapacity : Long.parseLong(c), Long::sum);
            }
        }
        return capacity;
    }
}
