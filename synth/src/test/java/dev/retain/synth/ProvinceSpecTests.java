package dev.retain.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ProvinceSpecTests {

    @Test
    void theWindowEndsWithTheLastMonth() {
        ProvinceSpec spec = new ProvinceSpec(10, 13, YearMonth.of(2026, 10), 1);

        assertThat(spec.firstMonth()).isEqualTo(YearMonth.of(2025, 10));
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new ProvinceSpec(0, 13, YearMonth.of(2026, 10), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subscribers");
        assertThatThrownBy(() -> new ProvinceSpec(10, 0, YearMonth.of(2026, 10), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("months");
        assertThatThrownBy(() -> new ProvinceSpec(10, 13, null, 1)).isInstanceOf(NullPointerException.class);
    }
}
