package dev.retain.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** complaints.csv and the subscribers' address, lat and lon (issue 13) in the small province. */
class ComplaintsAndLocationsTests {

    private final SmallProvince province = SmallProvince.get();

    private Map<String, Integer> complaintsBySubscriber() {
        Map<String, Integer> counts = new HashMap<>();
        for (String m : province.complaints.column("msisdn")) counts.merge(m, 1, Integer::sum);
        return counts;
    }

    @Test
    void aPlausibleShareComplainsSomeRepeatedlyAndFallingBillsComplainMore() {
        Map<String, Integer> counts = complaintsBySubscriber();
        int subscribers = province.subscriberByMsisdn.size();
        assertThat((double) counts.size() / subscribers).as("share of customers with a complaint in 13 months").isBetween(0.05, 0.30);
        long repeaters = counts.values().stream().filter(c -> c >= 2).count();
        assertThat(repeaters).as("repeat complainants").isGreaterThan(counts.size() / 10L);

        int falling = 0;
        int fallingComplained = 0;
        int steady = 0;
        int steadyComplained = 0;
        for (Map.Entry<String, List<SmallProvince.Usage>> e : province.usageBySubscriber.entrySet()) {
            List<SmallProvince.Usage> u = e.getValue();
            if (u.size() < 6) continue;
            long before = u.get(u.size() - 6).billFen();
            long last = u.get(u.size() - 1).billFen();
            boolean fell = before > 0 && last < 0.6 * before;
            boolean complained = counts.containsKey(e.getKey());
            if (fell) {
                falling++;
                if (complained) fallingComplained++;
            } else {
                steady++;
                if (complained) steadyComplained++;
            }
        }
        assertThat(falling).isPositive();
        double fallingRate = (double) fallingComplained / falling;
        double steadyRate = (double) steadyComplained / steady;
        assertThat(fallingRate).as("complaint rate of falling bills vs the others (%.3f)", steadyRate).isGreaterThan(1.5 * steadyRate);
    }

    @Test
    void complaintsFallInsideTheGeneratedMonthsAndIdsAreUnique() {
        YearMonth first = SmallProvince.SPEC.firstMonth();
        YearMonth last = SmallProvince.SPEC.lastMonth();
        List<String> ids = province.complaints.column("complaint_id");
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        for (String at : province.complaints.column("received_at")) {
            YearMonth m = YearMonth.from(LocalDateTime.parse(at));
            assertThat(m).isBetween(first, last);
        }
    }

    @Test
    void oneDistrictHasAClusterOfNetworkComplaintsInTheLastMonth() {
        String cluster = ComplaintSimulator.clusterBranch(SmallProvince.SPEC.seed());
        YearMonth last = SmallProvince.SPEC.lastMonth();
        Map<String, Integer> perBranch = new HashMap<>();
        Map<String, Integer> subscribersPerBranch = new HashMap<>();
        for (String b : province.subscribers.column("branch")) subscribersPerBranch.merge(b, 1, Integer::sum);
        int at = province.complaints.col("received_at");
        int branch = province.complaints.col("branch");
        int category = province.complaints.col("category");
        for (String[] row : province.complaints.rows()) {
            LocalDateTime when = LocalDateTime.parse(row[at]);
            if (YearMonth.from(when).equals(last) && when.getDayOfMonth() >= 10 && when.getDayOfMonth() <= 16 && row[category].equals("network")) {
                perBranch.merge(row[branch], 1, Integer::sum);
            }
        }
        double clusterRate = perBranch.getOrDefault(cluster, 0) / (double) subscribersPerBranch.get(cluster);
        int others = perBranch.entrySet().stream().filter(e -> !e.getKey().equals(cluster)).mapToInt(Map.Entry::getValue).sum();
        double otherRate = others / (double) (province.subscriberByMsisdn.size() - subscribersPerBranch.get(cluster));
        assertThat(clusterRate).as("network complaints per subscriber in the fault's week, elsewhere %.4f", otherRate)
                .isGreaterThan(10 * otherRate).isGreaterThan(0.1);
    }

    @Test
    void everySubscriberLivesInsideTheirDistrict() {
        int lat = province.subscribers.col("lat");
        int lon = province.subscribers.col("lon");
        int address = province.subscribers.col("address");
        int region = province.subscribers.col("region");
        int branch = province.subscribers.col("branch");
        Set<String> seen = new HashSet<>();
        for (String[] row : province.subscribers.rows()) {
            Region r = Zhejiang.REGIONS.stream().filter(x -> x.code().equals(row[region])).findFirst().orElseThrow();
            Region.District d = row[branch].isEmpty() ? r.districts().get(0)
                    : r.districts().stream().filter(x -> Region.branchCode(r.code(), x).equals(row[branch])).findFirst().orElseThrow();
            DistrictCentres.Centre c = DistrictCentres.of(Region.branchCode(r.code(), d));
            double dy = (Double.parseDouble(row[lat]) - c.lat()) * 111.32;
            double dx = (Double.parseDouble(row[lon]) - c.lon()) * 111.32 * Math.cos(Math.toRadians(c.lat()));
            assertThat(Math.hypot(dx, dy)).as(row[0]).isLessThanOrEqualTo(c.radiusKm() + 0.01);
            assertThat(row[address]).startsWith("浙江省" + r.cityName() + d.nameZh());
            seen.add(row[address]);
        }
        assertThat(seen.size()).as("addresses are not all alike").isGreaterThan(province.subscribers.rows().size() * 9 / 10);
    }

    @Test
    void everyDistrictHasACentre() {
        for (Region r : Zhejiang.REGIONS) {
            for (String b : r.branches()) assertThat(DistrictCentres.of(b).radiusKm()).as(b).isPositive();
        }
    }
}
