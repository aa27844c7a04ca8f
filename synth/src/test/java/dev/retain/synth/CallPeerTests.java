package dev.retain.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Call peers carry the family-plan signal (SPEC R7.5) and the pull of other operators before churn. */
class CallPeerTests {

    private final SmallProvince province = SmallProvince.get();

    @Test
    void aboutAThirdOfSubscribersHavePeersWithOneToFourAMonth() {
        Map<String, Long> perMonth = province.peers.rows().stream()
                .collect(Collectors.groupingBy(r -> r[0] + "|" + r[1], Collectors.counting()));
        assertThat(perMonth.values()).allMatch(n -> n >= 1 && n <= 4);
        long subscribers = province.peers.rows().stream().map(r -> r[0]).distinct().count();
        assertThat(subscribers / (double) province.summary.subscribers()).isBetween(0.2, 0.35);
        assertThat(province.peers.column("peer_operator")).contains("cmcc", "unicom", "telecom", "other");
    }

    @Test
    void peersOnlyInMonthsWithActiveUsage() {
        for (String[] row : province.peers.rows()) {
            YearMonth month = YearMonth.parse(row[1]);
            assertThat(province.usageBySubscriber.get(row[0]))
                    .anyMatch(u -> u.month().equals(month) && u.state().equals("active"));
        }
    }

    @Test
    void longStandingSubscribersCallAFamilyNumberOnAnotherNetworkMonthAfterMonth() {
        LocalDate tenureCutoff = province.summary.firstMonth().minusMonths(12).atDay(1);
        long families = callsByPeer().entrySet().stream()
                .filter(e -> !province.joinDate(e.getKey().split("\\|")[0]).isAfter(tenureCutoff))
                .filter(e -> hasConsecutiveMonthsWithTenCalls(e.getValue()))
                .count();
        assertThat(families).isGreaterThan(50);
    }

    @Test
    void otherNetworksGetMoreOfTheCallsAsSubscribersDriftAway() {
        // Compare the other-operator share of calls in the last active month before suspension
        // with the share four months earlier, over subscribers who end up cancelled.
        int calls = province.peers.col("calls");
        Map<String, Map<YearMonth, int[]>> byMonth = new HashMap<>();
        for (String[] row : province.peers.rows()) {
            int[] split = byMonth.computeIfAbsent(row[0], k -> new HashMap<>())
                    .computeIfAbsent(YearMonth.parse(row[1]), k -> new int[2]);
            split[row[3].equals("cmcc") ? 0 : 1] += Integer.parseInt(row[calls]);
        }
        long before = 0;
        long beforeOther = 0;
        long late = 0;
        long lateOther = 0;
        for (Map.Entry<String, Map<YearMonth, int[]>> e : byMonth.entrySet()) {
            List<SmallProvince.Usage> rows = province.usageBySubscriber.get(e.getKey());
            int s = SmallProvince.activeMonthsBeforeLeaving(rows);
            if (s < 5) {
                continue;
            }
            int[] early = e.getValue().getOrDefault(rows.get(s - 5).month(), new int[2]);
            int[] last = e.getValue().getOrDefault(rows.get(s - 1).month(), new int[2]);
            before += early[0] + early[1];
            beforeOther += early[1];
            late += last[0] + last[1];
            lateOther += last[1];
        }
        assertThat(before).isPositive();
        assertThat(lateOther / (double) late).isGreaterThan(beforeOther / (double) before + 0.1);
    }

    /** Calls per (subscriber|peer) to other operators, by month. */
    private Map<String, TreeMap<YearMonth, Integer>> callsByPeer() {
        Map<String, TreeMap<YearMonth, Integer>> calls = new HashMap<>();
        for (String[] row : province.peers.rows()) {
            if (!row[3].equals("cmcc")) {
                calls.computeIfAbsent(row[0] + "|" + row[2], k -> new TreeMap<>())
                        .put(YearMonth.parse(row[1]), Integer.parseInt(row[4]));
            }
        }
        return calls;
    }

    private static boolean hasConsecutiveMonthsWithTenCalls(TreeMap<YearMonth, Integer> calls) {
        List<YearMonth> often = new ArrayList<>();
        calls.forEach((m, n) -> {
            if (n >= 10) {
                often.add(m);
            }
        });
        for (int i = 1; i < often.size(); i++) {
            if (often.get(i).equals(often.get(i - 1).plusMonths(1))) {
                return true;
            }
        }
        return false;
    }
}
