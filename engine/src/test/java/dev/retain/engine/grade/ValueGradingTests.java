package dev.retain.engine.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retain.engine.rules.FactCondition;
import dev.retain.engine.rules.Facts;
import org.junit.jupiter.api.Test;

class ValueGradingTests {

    @Test
    void theEightClassesFollowHighAndLowScores() {
        assertThat(ValueGrade.of(5, 5, 5)).isEqualTo(ValueGrade.IMPORTANT_VALUE);
        assertThat(ValueGrade.of(4, 3, 4)).isEqualTo(ValueGrade.IMPORTANT_DEVELOPMENT);
        assertThat(ValueGrade.of(2, 5, 5)).isEqualTo(ValueGrade.IMPORTANT_KEEP);
        assertThat(ValueGrade.of(1, 1, 5)).isEqualTo(ValueGrade.IMPORTANT_RETAIN);
        assertThat(ValueGrade.of(5, 4, 3)).isEqualTo(ValueGrade.GENERAL_VALUE);
        assertThat(ValueGrade.of(5, 1, 1)).isEqualTo(ValueGrade.GENERAL_DEVELOPMENT);
        assertThat(ValueGrade.of(3, 5, 1)).isEqualTo(ValueGrade.GENERAL_KEEP);
        assertThat(ValueGrade.of(1, 1, 1)).isEqualTo(ValueGrade.GENERAL_RETAIN);
        for (ValueGrade g : ValueGrade.values()) assertThat(ValueGrade.parse(g.code())).isEqualTo(g);
    }

    @Test
    void aBaseIsScoredAndValuedWhileThoseOutsideAreNot() {
        RfmMeasures m = new RfmMeasures(6);
        for (int i = 0; i < 5; i++) {
            // customer i: active until i months ago, (i + 1) × 100 CNY and (i + 1) × 50 minutes a month
            for (int back = i; back < RfmMeasures.WINDOW; back++) m.observe(i, back, (i + 1) * 10_000L, (i + 1) * 50L, 0, 0);
        }
        m.observe(5, 0, 99_900, 9_999, 0, 0); // has left: outside the base
        boolean[] base = {true, true, true, true, true, false};
        double[] churn = {0, 0.5, 0, 0, 1, 0};
        ValueGrading.Result r = ValueGrading.grade(m, base, churn, new LifetimeValue(0.5, 0, 3, 1));

        // five distinct values each: scores 5..1 for recency, 1..5 for frequency and money
        assertThat(r.r()).containsExactly(5, 4, 3, 2, 1, 0);
        assertThat(r.f()).containsExactly(1, 2, 3, 4, 5, 0);
        assertThat(r.m()).containsExactly(1, 2, 3, 4, 5, 0);
        assertThat(r.cell(0)).isEqualTo("511");
        assertThat(r.grade(0)).isEqualTo(ValueGrade.GENERAL_DEVELOPMENT);
        assertThat(r.grade(3)).isEqualTo(ValueGrade.IMPORTANT_KEEP);
        assertThat(r.graded(5)).isFalse();
        // 200 CNY × 0.5 × 0.875 (p = 0.5); 100 CNY × 0.5 × 3 (p = 0); certain churn: 0
        assertThat(r.clvFen()).containsExactly(15_000, 8_750, 45_000, 60_000, 0, ValueGrading.NO_VALUE);
    }

    @Test
    void aRuleOrTargetCanAskForLifetimeValueAndScores() {
        FactCondition c = FactCondition.compile("clv > 3000.0 && rfm_r <= 2 && value_grade == 'important_keep' && rfm.startsWith('2')");
        Facts f = new Facts();
        f.clv = 3500;
        f.rfmR = 2;
        f.rfmF = 5;
        f.rfmM = 5;
        f.rfm = "255";
        f.valueGrade = "important_keep";
        assertThat(c.test(f)).isTrue();
        f.clv = 2999.99;
        assertThat(c.test(f)).isFalse();
    }
}
