package dev.retain.engine.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LifetimeValueTests {

    @Test
    void handComputedWithoutDiscount() {
        // margin 0.5, no discount, 3 months, churn horizon 1: p = 0.5 → stay 0.5 → 0.5 + 0.25 + 0.125 = 0.875 months
        LifetimeValue v = new LifetimeValue(0.5, 0, 3, 1);
        assertThat(v.fen(10_000, 0.5)).isEqualTo(4_375);
        assertThat(v.fen(10_000, 0)).as("nobody leaves: three full months").isEqualTo(15_000);
        assertThat(v.fen(10_000, 1)).as("certain to leave").isZero();
        assertThat(v.fen(0, 0.1)).as("no revenue, no value").isZero();
    }

    @Test
    void theChurnScoreIsSpreadOverItsHorizon() {
        // p = 0.36 within 2 months → stay 0.8 a month; two months: 0.8 + 0.64 = 1.44; × 100 CNY × 0.5 = 72 CNY
        assertThat(new LifetimeValue(0.5, 0, 2, 2).fen(10_000, 0.36)).isEqualTo(7_200);
    }

    @Test
    void theClosedFormEqualsTheSumMonthByMonth() {
        LifetimeValue v = new LifetimeValue(0.45, 0.08, 36, 2);
        double stay = Math.pow(1 - 0.2, 0.5);
        double discount = Math.pow(1.08, 1.0 / 12);
        double sum = 0;
        for (int t = 1; t <= 36; t++) sum += 18_800 * 0.45 * Math.pow(stay, t) / Math.pow(discount, t);
        assertThat(v.fen(18_800, 0.2)).isEqualTo(Math.round(sum));
        // a year of discount at 8 %: twelve months with no churn are worth 12 / ~1.044 months
        double year = 0;
        for (int t = 1; t <= 12; t++) year += 1 / Math.pow(discount, t);
        assertThat(new LifetimeValue(1, 0.08, 12, 1).fen(100_000, 0)).isEqualTo(Math.round(100_000 * year));
    }

    @Test
    void scoresOutsideZeroToOneAreClampedAndBadSettingsRefused() {
        LifetimeValue v = new LifetimeValue(0.5, 0, 3, 1);
        assertThat(v.fen(10_000, -0.2)).isEqualTo(v.fen(10_000, 0));
        assertThat(v.fen(10_000, 1.7)).isZero();
        assertThat(v.fen(10_000, Double.NaN)).isEqualTo(v.fen(10_000, 0));
        assertThatThrownBy(() -> new LifetimeValue(1.5, 0, 3, 1)).hasMessageContaining("margin");
        assertThatThrownBy(() -> new LifetimeValue(0.5, 0, 0, 1)).hasMessageContaining("horizon");
    }
}
