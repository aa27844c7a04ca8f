package dev.retain.app.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The assessment's arithmetic and quarters, without a database: every number is checked to the cent. */
class MerchantAssessmentScoringTests {

    private static final List<AssessmentScheme.Threshold> GRADES = List.of(new AssessmentScheme.Threshold("A", new BigDecimal("90")),
            new AssessmentScheme.Threshold("B", new BigDecimal("75")), new AssessmentScheme.Threshold("C", new BigDecimal("60")),
            new AssessmentScheme.Threshold("D", BigDecimal.ZERO));

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void computedItems() {
        assertThat(AssessmentScoring.complaints(0, 10)).isEqualTo(d("100.00"));
        assertThat(AssessmentScoring.complaints(2, 10)).isEqualTo(d("80.00"));
        assertThat(AssessmentScoring.complaints(11, 10)).isEqualTo(d("0.00"));
        assertThat(AssessmentScoring.redemptions(30, 60)).isEqualTo(d("50.00"));
        assertThat(AssessmentScoring.redemptions(1, 3)).isEqualTo(d("33.33"));
        assertThat(AssessmentScoring.redemptions(2, 3)).isEqualTo(d("66.67"));
        assertThat(AssessmentScoring.redemptions(500, 60)).isEqualTo(d("100.00"));
        assertThat(AssessmentScoring.satisfaction(List.of(4, 5))).isEqualTo(d("90.00"));
        assertThat(AssessmentScoring.satisfaction(List.of(1, 2, 2))).isEqualTo(d("33.33"));
        assertThat(AssessmentScoring.average(List.of(1, 2, 2))).isEqualTo(d("1.67"));
        assertThat(AssessmentScoring.satisfaction(List.of())).isNull();
    }

    @Test
    void theTotalIsTheWeightedSumAndTheGradeItsThreshold() {
        Map<String, Integer> weights = new LinkedHashMap<>(Map.of("service", 30, "complaints", 20, "redemptions", 20, "satisfaction", 20,
                "compliance", 10));
        Map<String, BigDecimal> scores = new LinkedHashMap<>(Map.of("service", d("80"), "complaints", d("80"), "redemptions", d("50"),
                "satisfaction", d("90"), "compliance", d("70")));
        BigDecimal total = AssessmentScoring.total(scores, weights);
        assertThat(total).isEqualTo(d("75.00"));
        assertThat(AssessmentScoring.grade(total, GRADES)).isEqualTo("B");          // the minimum itself reaches the grade
        scores.put("service", d("79.95"));                                           // 74.985 rounds half up to 74.99
        assertThat(AssessmentScoring.total(scores, weights)).isEqualTo(d("74.99"));
        assertThat(AssessmentScoring.grade(d("74.99"), GRADES)).isEqualTo("C");
        assertThat(AssessmentScoring.grade(d("90.00"), GRADES)).isEqualTo("A");
        assertThat(AssessmentScoring.grade(d("59.99"), GRADES)).isEqualTo("D");
        assertThat(AssessmentScoring.grade(d("0.00"), GRADES)).isEqualTo("D");
    }

    @Test
    void enteredScoresAreZeroToHundredWithTwoDecimals() {
        assertThat(AssessmentScoring.entered(d("85.5"))).isEqualTo(d("85.50"));
        assertThat(AssessmentScoring.entered(d("100"))).isEqualTo(d("100.00"));
        assertThat(AssessmentScoring.entered(d("100.000"))).isEqualTo(d("100.00"));
        assertThat(AssessmentScoring.entered(d("100.01"))).isNull();
        assertThat(AssessmentScoring.entered(d("-1"))).isNull();
        assertThat(AssessmentScoring.entered(d("80.125"))).isNull();
        assertThat(AssessmentScoring.entered(null)).isNull();
    }

    @Test
    void quarters() {
        AssessmentPeriod q = AssessmentPeriod.parse("2026-Q1");
        assertThat(q.previous()).hasToString("2025-Q4");
        assertThat(AssessmentPeriod.of(LocalDate.parse("2026-09-30"))).hasToString("2026-Q3");
        assertThat(AssessmentPeriod.of(LocalDate.parse("2026-10-01"))).hasToString("2026-Q4");
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(q.start(shanghai)).hasToString("2025-12-31T16:00:00Z");
        assertThat(q.end(shanghai)).hasToString("2026-03-31T16:00:00Z");
        assertThat(AssessmentPeriod.parse("2026-Q4").compareTo(AssessmentPeriod.parse("2027-Q1"))).isNegative();
        for (String bad : new String[] {"2026Q3", "2026-Q5", "2026-Q0", "26-Q1", "", "x"}) {
            assertThatThrownBy(() -> AssessmentPeriod.parse(bad)).isInstanceOf(MerchantRefused.class);
        }
    }
}
