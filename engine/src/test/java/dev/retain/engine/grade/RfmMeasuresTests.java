package dev.retain.engine.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RfmMeasuresTests {

    @Test
    void aRegularCustomerIsAveragedOverTheWindow() {
        RfmMeasures m = new RfmMeasures(1);
        for (int back = 0; back < RfmMeasures.WINDOW; back++) m.observe(0, back, 10_000 + back * 1_000, 200, 20, 1024);
        assertThat(m.recencyMonths(0)).isZero();
        assertThat(m.frequency(0)).isEqualTo(220.0);
        assertThat(m.monetaryFen(0)).isEqualTo(12_500); // 100 … 150 CNY
    }

    @Test
    void aNewCustomerIsAveragedOverTheMonthsTheyHave() {
        RfmMeasures m = new RfmMeasures(1);
        m.observe(0, 0, 5_000, 30, 0, 0);
        m.observe(0, 1, 10_000, 90, 0, 0);
        assertThat(m.monetaryFen(0)).isEqualTo(7_500);
        assertThat(m.frequency(0)).isEqualTo(60.0);
        assertThat(m.recencyMonths(0)).isZero();
    }

    @Test
    void recencyCountsMonthsSinceTheLastActivity() {
        RfmMeasures m = new RfmMeasures(3);
        // a row with nothing on it (a suspended line) is no activity
        m.observe(0, 0, 0, 0, 0, 0);
        m.observe(0, 3, 2_000, 0, 0, 0);
        m.observe(1, 2, 0, 0, 0, 12.5); // data alone counts
        assertThat(m.recencyMonths(0)).isEqualTo(3);
        assertThat(m.monetaryFen(0)).isEqualTo(1_000);
        assertThat(m.recencyMonths(1)).isEqualTo(2);
        assertThat(m.recencyMonths(2)).as("no usage at all").isEqualTo(RfmMeasures.WINDOW);
        assertThat(m.frequency(2)).isZero();
        assertThat(m.monetaryFen(2)).isZero();
    }

    @Test
    void aMonthOutsideTheWindowIsRefused() {
        assertThatThrownBy(() -> new RfmMeasures(1).observe(0, RfmMeasures.WINDOW, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
