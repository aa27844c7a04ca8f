package dev.retain.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.value.Money;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** All five zones of SPEC R2.2 occur in every month from the second on. */
class ZoneTests {

    private static final long A = 18800;
    private static final int M = 300;
    private static final long C = 8800;

    private enum Zone { WHITE, YELLOW, RED, BLUE, GREEN, NONE }

    private final SmallProvince province = SmallProvince.get();

    @Test
    void allFiveZonesOccurInEveryMonthFromTheSecondOn() {
        List<YearMonth> months = province.months();
        for (int i = 1; i < months.size(); i++) {
            Map<Zone, Integer> counts = zonesOf(months.get(i));
            assertThat(counts.keySet()).as("zones of %s: %s", months.get(i), counts)
                    .contains(Zone.WHITE, Zone.YELLOW, Zone.RED, Zone.BLUE, Zone.GREEN);
        }
    }

    @Test
    void blueOutnumbersGreenAndWhiteIsAFewPercent() {
        Map<Zone, Integer> last = zonesOf(province.summary.lastMonth());
        int known = last.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(last.get(Zone.BLUE)).isGreaterThan(last.get(Zone.GREEN));
        assertThat(last.get(Zone.WHITE) / (double) known).isBetween(0.01, 0.08);
    }

    /** Zones of the cycle for month {@code m}: M-1 is {@code m}, M-2 is the month before. */
    private Map<Zone, Integer> zonesOf(YearMonth m) {
        Map<Zone, Integer> counts = new EnumMap<>(Zone.class);
        province.usageBySubscriber.forEach((msisdn, rows) -> {
            SmallProvince.Usage m1 = find(rows, m);
            SmallProvince.Usage m2 = find(rows, m.minusMonths(1));
            long commit = Money.parseFen(province.subscriber(msisdn, "min_commit"));
            Zone zone = zone(m1, m2, commit);
            if (zone != null) {
                counts.merge(zone, 1, Integer::sum);
            }
        });
        return counts;
    }

    /** SPEC R2.2, first match wins; null when the subscriber has left (no row or cancelled in M-1). */
    private static Zone zone(SmallProvince.Usage m1, SmallProvince.Usage m2, long commit) {
        if (m1 == null || m1.state().equals("cancelled")) {
            return null;
        }
        if (m1.state().equals("suspended") || m1.state().equals("precancel")) {
            return Zone.WHITE;
        }
        boolean wasHigh = m2 != null && m2.billFen() >= A && m2.mou() > M;
        if (wasHigh && m1.billFen() < A) {
            return Zone.YELLOW;
        }
        if (wasHigh && m1.mou() < M) {
            return Zone.RED;
        }
        if (m1.billFen() >= A && m1.mou() > M) {
            return commit >= C ? Zone.BLUE : Zone.GREEN;
        }
        return Zone.NONE;
    }

    private static SmallProvince.Usage find(List<SmallProvince.Usage> rows, YearMonth month) {
        for (SmallProvince.Usage u : rows) {
            if (u.month().equals(month)) {
                return u;
            }
        }
        return null;
    }
}
