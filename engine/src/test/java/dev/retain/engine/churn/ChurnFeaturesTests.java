package dev.retain.engine.churn;

import static dev.retain.engine.churn.ChurnHistoryFixture.feature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.retain.engine.fixtures.ProvinceFiles;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The features of hand-made histories, computed as training and scoring both compute them. */
class ChurnFeaturesTests {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir Path tmp;

    private float[] featuresAt(ChurnHistory h, String msisdn, YearMonth t) {
        float[] row = new float[ChurnFeatures.count()];
        ChurnFeatures.fill(row, h.province().subscribers(), ChurnHistoryFixture.index(h, msisdn), t, h.window(t), h.calls(t), h.complaints());
        return row;
    }

    @Test
    void aFallingBillHasItsLevelsChangeRatioAndSlope() {
        // bill 300, 300, 300, 200, 150, 100 from May to October
        ProvinceFiles p = ProvinceFiles.province().subscriber("13800000001");
        String[] bills = {"300.00", "300.00", "300.00", "200.00", "150.00", "100.00"};
        for (int k = 0; k < 6; k++) p.usage("13800000001", OCT.minusMonths(5 - k).toString(), bills[k], 400, "active");
        ChurnHistory h = ChurnHistoryFixture.load(p, tmp, OCT.minusMonths(5), OCT);
        float[] f = featuresAt(h, "13800000001", OCT);

        assertThat(feature(f, "bill_1m")).isEqualTo(100f);
        assertThat(feature(f, "bill_3m_mean")).isCloseTo(150f, within(1e-3f));
        assertThat(feature(f, "bill_6m_mean")).isCloseTo(225f, within(1e-3f));
        assertThat(feature(f, "bill_change_1m")).isEqualTo(-50f);
        assertThat(feature(f, "bill_ratio_1m_3m")).isCloseTo(100f / ((150f + 200f + 300f) / 3), within(1e-4f));
        assertThat(feature(f, "bill_ratio_3m_6m")).isCloseTo(150f / 300f, within(1e-4f));
        assertThat(feature(f, "bill_slope_6m")).isLessThan(-30f);
        assertThat(feature(f, "mou_slope_6m")).isEqualTo(0f);
        assertThat(feature(f, "months_of_history")).isEqualTo(6f);
        assertThat(feature(f, "inactive_months_6m")).isEqualTo(0f);
        assertThat(feature(f, "months_since_inactive")).isNaN();
    }

    @Test
    void missingHistoryIsMissingNotZero() {
        // joined in September: two months of usage only
        ProvinceFiles p = ProvinceFiles.province().subscriber("13800000002")
                .usage("13800000002", "2026-09", "80.00", 100, "active")
                .usage("13800000002", "2026-10", "90.00", 120, "suspended");
        ChurnHistory h = ChurnHistoryFixture.load(p, tmp, OCT.minusMonths(5), OCT);
        float[] f = featuresAt(h, "13800000002", OCT);

        assertThat(feature(f, "months_of_history")).isEqualTo(2f);
        assertThat(feature(f, "bill_change_1m")).isEqualTo(10f);
        assertThat(feature(f, "bill_ratio_3m_6m")).isNaN();   // nothing before August
        assertThat(feature(f, "bill_slope_6m")).isNaN();      // two points make no trend
        assertThat(feature(f, "bill_volatility_6m")).isNaN();
        assertThat(feature(f, "inactive_months_6m")).isEqualTo(1f);
        assertThat(feature(f, "months_since_inactive")).isEqualTo(0f);
        assertThat(feature(f, "months_to_contract_end")).isNaN(); // no contract
        assertThat(feature(f, "competitor_share")).isNaN();       // no call_peers.csv: unknown, not 0
    }

    @Test
    void changingTheFutureDoesNotChangeTheFeatures() {
        // the same past, two different futures: features at August must not see September or October
        ProvinceFiles stays = ProvinceFiles.province().subscriber("13800000003");
        ProvinceFiles leaves = ProvinceFiles.province().subscriber("13800000003");
        for (YearMonth m = OCT.minusMonths(7); !m.isAfter(OCT.minusMonths(2)); m = m.plusMonths(1)) {
            stays.usage("13800000003", m.toString(), "250.00", 350, "active");
            leaves.usage("13800000003", m.toString(), "250.00", 350, "active");
        }
        stays.usage("13800000003", "2026-09", "260.00", 360, "active").usage("13800000003", "2026-10", "270.00", 380, "active");
        leaves.usage("13800000003", "2026-09", "10.00", 5, "suspended");
        ChurnHistory a = ChurnHistoryFixture.load(stays, tmp.resolve("a"), OCT.minusMonths(7), OCT);
        ChurnHistory b = ChurnHistoryFixture.load(leaves, tmp.resolve("b"), OCT.minusMonths(7), OCT);
        YearMonth aug = OCT.minusMonths(2);

        assertThat(featuresAt(a, "13800000003", aug)).containsExactly(featuresAt(b, "13800000003", aug));
        assertThat(a.churns(ChurnHistoryFixture.index(a, "13800000003"), aug, 2)).isFalse();
        assertThat(b.churns(ChurnHistoryFixture.index(b, "13800000003"), aug, 2)).isTrue();
    }

    @Test
    void theLabelIsWhiteOrGoneWithinTheHorizonAndOnlyThePresentAreEligible() {
        ProvinceFiles p = ProvinceFiles.province().subscriber("13800000004").subscriber("13800000005").subscriber("13800000006");
        for (String m : new String[] {"2026-06", "2026-07"}) {
            p.usage("13800000004", m, "200.00", 400, "active").usage("13800000005", m, "200.00", 400, "active");
        }
        // 04 stays active; 05 is gone from August (no row); 06 only arrives in August
        p.usage("13800000004", "2026-08", "200.00", 400, "active").usage("13800000004", "2026-09", "200.00", 400, "active")
                .usage("13800000004", "2026-10", "200.00", 400, "active").usage("13800000006", "2026-08", "50.00", 10, "active")
                .usage("13800000005", "2026-10", "0.00", 0, "cancelled");
        ChurnHistory h = ChurnHistoryFixture.load(p, tmp, YearMonth.of(2026, 6), OCT);
        YearMonth jul = YearMonth.of(2026, 7);
        int stays = ChurnHistoryFixture.index(h, "13800000004");
        int gone = ChurnHistoryFixture.index(h, "13800000005");
        int newcomer = ChurnHistoryFixture.index(h, "13800000006");

        assertThat(h.eligible(stays, jul)).isTrue();
        assertThat(h.churns(stays, jul, 2)).isFalse();
        assertThat(h.churns(gone, jul, 2)).isTrue();
        assertThat(h.eligible(newcomer, jul)).isFalse();
        assertThat(h.eligible(newcomer, jul.plusMonths(1))).isTrue();
    }

    @Test
    void complaintsCountUpToTheObservationMonthOnlySoNoLaterComplaintLeaksIntoAnEarlierRow() {
        ProvinceFiles p = ProvinceFiles.province().subscriber("13800000001").subscriber("13800000002");
        for (int k = 0; k < 6; k++) {
            String month = OCT.minusMonths(5 - k).toString();
            p.usage("13800000001", month, "200.00", 400, "active").usage("13800000002", month, "200.00", 400, "active");
        }
        p.complaint("c1", "13800000001", "2026-08-10").complaint("c2", "13800000001", "2026-10-01")
                .complaint("c3", "13800000001", "2026-10-20T09:00").complaint("c4", "13800000001", "2026-11-02");
        ChurnHistory h = ChurnHistoryFixture.load(p, tmp, OCT.minusMonths(5), OCT);
        float[] aug = featuresAt(h, "13800000001", YearMonth.of(2026, 8));
        float[] sep = featuresAt(h, "13800000001", YearMonth.of(2026, 9));
        float[] oct = featuresAt(h, "13800000001", OCT);

        assertThat(feature(aug, "complaints_1m")).isEqualTo(1f);
        assertThat(feature(aug, "complaints_3m")).as("October's complaints are not seen in August").isEqualTo(1f);
        assertThat(feature(sep, "complaints_1m")).isZero();
        assertThat(feature(sep, "complaints_3m")).isEqualTo(1f);
        assertThat(feature(oct, "complaints_1m")).isEqualTo(2f);
        assertThat(feature(oct, "complaints_3m")).as("November's is not seen in October").isEqualTo(3f);
        assertThat(feature(featuresAt(h, "13800000002", OCT), "complaints_3m")).as("a known zero").isZero();
    }

    @Test
    void withoutComplaintsCsvTheComplaintFeaturesAreUnknown() {
        ProvinceFiles p = ProvinceFiles.province().subscriber("13800000001").usage("13800000001", "2026-10", "200.00", 400, "active");
        float[] row = featuresAt(ChurnHistoryFixture.load(p, tmp, OCT, OCT), "13800000001", OCT);
        assertThat(feature(row, "complaints_1m")).isNaN();
        assertThat(feature(row, "complaints_3m")).isNaN();
    }
}
