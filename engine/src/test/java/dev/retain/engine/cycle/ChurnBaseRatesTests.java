package dev.retain.engine.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.retain.engine.value.Zone;
import dev.retain.engine.zone.ZoneRule;
import org.junit.jupiter.api.Test;

/** Churn per zone, last month → this month: white or gone counts as lost (SPEC R2.3). */
class ChurnBaseRatesTests {

    private static void observe(ChurnBaseRates rates, int times, ZoneRule before, ZoneRule now) {
        for (int i = 0; i < times; i++) rates.observe(before, now);
    }

    @Test
    void ratesPerZoneWithEnoughObservations() {
        ChurnBaseRates rates = new ChurnBaseRates();
        observe(rates, 30, ZoneRule.YELLOW_BILL_DROP, ZoneRule.WHITE_STATE);   // all lost
        observe(rates, 10, ZoneRule.BLUE_COMMIT, ZoneRule.NONE_LEFT);          // 10 of 40 lost
        observe(rates, 30, ZoneRule.BLUE_COMMIT, ZoneRule.BLUE_COMMIT);
        observe(rates, 5, ZoneRule.NONE_LEFT, ZoneRule.WHITE_STATE);           // absent last month: no outcome
        assertThat(rates.rate(Zone.YELLOW)).isEqualTo(1.0);
        assertThat(rates.rate(Zone.BLUE)).isEqualTo(0.25);
        assertThat(rates.overall()).isCloseTo(40.0 / 70, offset(1e-12));
        assertThat(rates.lift(Zone.YELLOW)).isCloseTo(70.0 / 40, offset(1e-12));
        assertThat(rates.observed(Zone.BLUE)).isEqualTo(40);
        assertThat(rates.observed(Zone.WHITE)).isZero();
    }

    @Test
    void aZoneSeenFewerThan30TimesUsesTheOverallRate() {
        ChurnBaseRates rates = new ChurnBaseRates();
        observe(rates, 29, ZoneRule.RED_MOU_DROP, ZoneRule.NONE_LEFT);
        observe(rates, 71, ZoneRule.GREEN_NO_COMMIT, ZoneRule.GREEN_NO_COMMIT);
        assertThat(rates.rate(Zone.RED)).isEqualTo(0.29);
        assertThat(rates.rate(Zone.GREEN)).isZero();
        assertThat(rates.rate(Zone.WHITE)).as("never seen").isEqualTo(0.29);
    }

    @Test
    void movingToNoneBelowIsNotChurn() {
        ChurnBaseRates rates = new ChurnBaseRates();
        observe(rates, 40, ZoneRule.GREEN_NO_COMMIT, ZoneRule.NONE_BELOW);
        assertThat(rates.rate(Zone.GREEN)).isZero();
        assertThat(rates.lift(Zone.GREEN)).as("no churn at all: lift 0, not NaN").isZero();
    }

    @Test
    void nobodyPresentLastMonthMeansRateZero() {
        ChurnBaseRates rates = new ChurnBaseRates();
        observe(rates, 3, ZoneRule.NONE_LEFT, ZoneRule.BLUE_COMMIT);
        assertThat(rates.overall()).isZero();
        assertThat(rates.rate(Zone.BLUE)).isZero();
    }
}
