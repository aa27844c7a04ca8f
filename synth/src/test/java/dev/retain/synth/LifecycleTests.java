package dev.retain.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Usage follows each subscriber's life: joins, drifts, suspensions and cancellations. */
class LifecycleTests {

    private final SmallProvince province = SmallProvince.get();

    @Test
    void noUsageBeforeTheJoinMonthOrAfterCancellation() {
        province.usageBySubscriber.forEach((msisdn, rows) -> {
            YearMonth joined = YearMonth.from(province.joinDate(msisdn));
            for (int i = 0; i < rows.size(); i++) {
                SmallProvince.Usage u = rows.get(i);
                assertThat(u.month()).as(msisdn).isAfterOrEqualTo(joined);
                if (u.state().equals("cancelled")) {
                    assertThat(i).as("cancelled is the last row of %s", msisdn).isEqualTo(rows.size() - 1);
                }
            }
        });
    }

    @Test
    void monthsAreConsecutiveFromTheJoinMonthOrTheWindowStart() {
        YearMonth first = province.summary.firstMonth();
        province.usageBySubscriber.forEach((msisdn, rows) -> {
            YearMonth joined = YearMonth.from(province.joinDate(msisdn));
            YearMonth expected = joined.isAfter(first) ? joined : first;
            for (SmallProvince.Usage u : rows) {
                assertThat(u.month()).as(msisdn).isEqualTo(expected);
                expected = expected.plusMonths(1);
            }
        });
    }

    @Test
    void cancelledSubscribersStayInTheSubscriberFile() {
        long cancelled = province.usageBySubscriber.values().stream()
                .filter(rows -> rows.get(rows.size() - 1).state().equals("cancelled")).count();
        assertThat(cancelled).isGreaterThan(province.summary.subscribers() / 50);
        assertThat(province.subscribers.rows()).hasSize((int) province.summary.subscribers());
    }

    @Test
    void theWayOutGoesThroughSuspensionAndPreCancellation() {
        province.usageBySubscriber.forEach((msisdn, rows) -> {
            for (int i = 1; i < rows.size(); i++) {
                String before = rows.get(i - 1).state();
                String now = rows.get(i).state();
                if (now.equals("cancelled")) {
                    assertThat(before).as(msisdn).isEqualTo("precancel");
                }
                if (now.equals("precancel")) {
                    assertThat(before).as(msisdn).isIn("suspended", "precancel");
                }
            }
        });
    }

    @Test
    void someSuspensionsEndInReturnNotInChurn() {
        long returned = province.usageBySubscriber.values().stream().filter(rows -> {
            for (int i = 1; i < rows.size(); i++) {
                if (rows.get(i - 1).state().equals("suspended") && rows.get(i).state().equals("active")) {
                    return true;
                }
            }
            return false;
        }).count();
        assertThat(returned).isPositive();
    }

    @Test
    void fallingUsagePrecedesSuspensionOnTheWayOut() {
        // Among subscribers who are cancelled within the window, usage in the two months before
        // the first suspension is clearly below their level four and five months before.
        double early = 0;
        double late = 0;
        int counted = 0;
        for (List<SmallProvince.Usage> rows : province.usageBySubscriber.values()) {
            int s = SmallProvince.activeMonthsBeforeLeaving(rows);
            if (s < 5) {
                continue;
            }
            early += value(rows.get(s - 5)) + value(rows.get(s - 4));
            late += value(rows.get(s - 2)) + value(rows.get(s - 1));
            counted++;
        }
        assertThat(counted).isGreaterThan(20);
        assertThat(late).isLessThan(0.8 * early);
    }

    @Test
    void newSubscribersJoinDuringTheWindow() {
        YearMonth first = province.summary.firstMonth();
        long joiners = province.usageBySubscriber.values().stream()
                .filter(rows -> rows.get(0).month().isAfter(first)).count();
        assertThat(joiners).isGreaterThan(province.summary.subscribers() / 20);
    }

    /** Bill in CNY plus minutes: both fall in a drift, one or the other or both. */
    private static double value(SmallProvince.Usage u) {
        return u.billFen() / 100.0 + u.mou();
    }
}
