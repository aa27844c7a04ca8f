package dev.retain.engine.tariff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.value.Plan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The calculator on hand-computed bills. */
class TariffCalculatorTests {

    // fee 58, 300 min, 1024 MB, 100 SMS; overage 0.19/min, 0.29/MB, 0.10/SMS
    static final Plan SMALL = new Plan("p58", "58套餐", 5_800, 300, 1_024, 100, 19, 29, 10);
    // fee 88, 600 min, 10240 MB, 200 SMS; overage 0.15/min, 0.05/MB, 0.10/SMS
    static final Plan MEDIUM = new Plan("p88", "88套餐", 8_800, 600, 10_240, 200, 15, 5, 10);
    // fee 188, 2000 min, 40960 MB, 500 SMS; overage 0.10/min, 0.03/MB, 0.10/SMS
    static final Plan LARGE = new Plan("p188", "188套餐", 18_800, 2_000, 40_960, 500, 10, 3, 10);

    static UsageMonth month(String m, String bill, long minutes, String dataMb, long sms) {
        return new UsageMonth(m, dev.retain.engine.value.Money.parseFen(bill), minutes, new BigDecimal(dataMb), sms);
    }

    @Test
    void aMonthsBillIsTheFeePlusEachOverage() {
        UsageMonth m = month("2026-09", "100", 400, "1100.20", 120);
        // SMALL: 58.00 + 100 min × 0.19 + 77 MB (1100.20 → 1101 started, − 1024) × 0.29 + 20 × 0.10
        //      = 5800 + 1900 + 2233 + 200 = 10133 fen
        assertThat(TariffCalculator.billFen(SMALL, m)).isEqualTo(10_133);
        // MEDIUM covers it all: the fee
        assertThat(TariffCalculator.billFen(MEDIUM, m)).isEqualTo(8_800);
        assertThat(TariffCalculator.billFen(LARGE, m)).isEqualTo(18_800);
    }

    @Test
    void recommendsTheCheapestPlanOnTheMeanOfTheMonthsAndSaysTheSaving() {
        List<UsageMonth> months = List.of(
                month("2026-07", "190", 500, "3000", 50),
                month("2026-08", "188", 700, "5000", 50),
                month("2026-09", "188", 550, "12000", 50));
        // MEDIUM: 8800; 8800 + 100 × 15 = 10300; 8800 + 1760 MB × 5 = 17600 → total 36700, mean 12233.33 → 12233
        // SMALL:  5800 + 200 × 19 + 1976 × 29 = 66904; 5800 + 400 × 19 + 3976 × 29 = 128704;
        //         5800 + 250 × 19 + 10976 × 29 = 328854 → total 524462
        // LARGE:  18800 × 3 = 56400, mean 18800 (the current plan)
        TariffComparison c = TariffCalculator.compare(months, List.of(SMALL, MEDIUM, LARGE), "p188");
        assertThat(c.bills()).extracting(b -> b.plan().id()).containsExactly("p88", "p188", "p58");
        assertThat(c.bills().get(0).monthlyFen()).containsExactly(8_800L, 10_300L, 17_600L);
        assertThat(c.bills().get(0).totalFen()).isEqualTo(36_700);
        assertThat(c.bills().get(0).averageFen()).isEqualTo(12_233);
        assertThat(c.bills().get(2).totalFen()).isEqualTo(524_462);
        assertThat(c.current()).get().extracting(PlanBill::averageFen).isEqualTo(18_800L);
        assertThat(c.baselineFen()).isEqualTo(18_800);
        assertThat(c.recommended()).get().extracting(b -> b.plan().id()).isEqualTo("p88");
        assertThat(c.savingFen()).isEqualTo(6_567);
        assertThat(c.savingPercent()).isEqualTo(34);
    }

    @Test
    void noRecommendationWhenTheCurrentPlanIsAlreadyTheCheapest() {
        List<UsageMonth> months = List.of(month("2026-08", "58", 100, "500", 10), month("2026-09", "58", 120, "600", 10));
        TariffComparison c = TariffCalculator.compare(months, List.of(SMALL, MEDIUM, LARGE), "p58");
        assertThat(c.bills().get(0).plan().id()).isEqualTo("p58");
        assertThat(c.recommended()).isEmpty();
        assertThat(c.savingFen()).isZero();
        assertThat(PriceSensitivity.reasons(c, months, PriceSensitivity.Thresholds.DEFAULT)).isEmpty();
    }

    @Test
    void withoutAKnownPlanTheBaselineIsWhatWasBilled() {
        List<UsageMonth> months = List.of(month("2026-08", "100", 100, "500", 10), month("2026-09", "100.01", 120, "600", 10));
        TariffComparison c = TariffCalculator.compare(months, List.of(SMALL, MEDIUM), null);
        assertThat(c.current()).isEmpty();
        // (10000 + 10001) / 2 = 10000.5 → 10001 (half up)
        assertThat(c.baselineFen()).isEqualTo(10_001);
        assertThat(c.recommended()).get().extracting(b -> b.plan().id()).isEqualTo("p58");
        assertThat(c.savingFen()).isEqualTo(4_201);
    }

    @Test
    void noUsageNoAdvice() {
        TariffComparison c = TariffCalculator.compare(List.of(), List.of(SMALL), "p58");
        assertThat(c.hasUsage()).isFalse();
        assertThat(c.recommended()).isEmpty();
    }

    @Test
    void tiesGoToTheLowerFeeThenTheId() {
        Plan a = new Plan("b", "B", 5_000, 0, 0, 0, 10, 0, 0);
        Plan b = new Plan("a", "A", 6_000, 100, 0, 0, 0, 0, 0);
        // 100 minutes: a = 5000 + 1000 = 6000; b = 6000
        TariffComparison c = TariffCalculator.compare(List.of(month("2026-09", "70", 100, "0", 0)), List.of(b, a), null);
        assertThat(c.bills()).extracting(x -> x.plan().id()).containsExactly("b", "a");
    }

    @Test
    void priceSensitiveByTheCheaperPlanOrByABillThatFellWhileTheMinutesDidNot() {
        List<UsageMonth> months = List.of(
                month("2026-07", "190", 500, "3000", 50),
                month("2026-08", "188", 700, "5000", 50),
                month("2026-09", "188", 550, "12000", 50));
        TariffComparison c = TariffCalculator.compare(months, List.of(SMALL, MEDIUM, LARGE), "p188");
        // saves 6567 of 18800 = 34.9 %
        assertThat(PriceSensitivity.reasons(c, months, new PriceSensitivity.Thresholds(34, 10)))
                .containsExactly(PriceSensitivity.Reason.CHEAPER_PLAN_FITS);
        assertThat(PriceSensitivity.reasons(c, months, new PriceSensitivity.Thresholds(35, 10))).isEmpty();

        List<UsageMonth> fell = List.of(month("2026-08", "100", 300, "0", 0), month("2026-09", "90", 300, "0", 0));
        TariffComparison none = TariffCalculator.compare(fell, List.of(), null);
        // 10 % fall, minutes equal
        assertThat(PriceSensitivity.reasons(none, fell, PriceSensitivity.Thresholds.DEFAULT))
                .isEqualTo(Set.of(PriceSensitivity.Reason.BILL_FELL_MINUTES_DID_NOT));
        assertThat(PriceSensitivity.reasons(none, fell, new PriceSensitivity.Thresholds(10, 11))).isEmpty();
        List<UsageMonth> talkedLess = List.of(month("2026-08", "100", 300, "0", 0), month("2026-09", "50", 299, "0", 0));
        assertThat(PriceSensitivity.reasons(none, talkedLess, PriceSensitivity.Thresholds.DEFAULT)).isEmpty();
    }
}
