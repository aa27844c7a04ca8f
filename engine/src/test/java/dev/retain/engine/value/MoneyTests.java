package dev.retain.engine.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Money in fen: exact parse and the contract's two-decimal format. */
class MoneyTests {

    @Test
    void parsesExactlyIntoFen() {
        assertThat(Money.parseFen("188")).isEqualTo(18_800);
        assertThat(Money.parseFen("188.5")).isEqualTo(18_850);
        assertThat(Money.parseFen("187.99")).isEqualTo(18_799);
        assertThat(Money.parseFen("0.01")).isEqualTo(1);
        assertThat(Money.parseFen("999999999999999")).isEqualTo(99_999_999_999_999_900L);
        assertThatThrownBy(() -> Money.parseFen("1000000000000000")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parseFen("-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parseFen("1.999")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parseFen("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parseFen("１８８")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsWithTwoDecimals() {
        assertThat(Money.format(18_800)).isEqualTo("188.00");
        assertThat(Money.format(18_805)).isEqualTo("188.05");
        assertThat(Money.format(5)).isEqualTo("0.05");
        assertThat(Money.format(0)).isEqualTo("0.00");
        assertThat(Money.format(-150)).isEqualTo("-1.50");
    }

    @Test
    void formatThenParseIsTheIdentity() {
        for (long fen : new long[] {0, 1, 9, 10, 99, 100, 18_799, 18_800, 123_456_789}) {
            assertThat(Money.parseFen(Money.format(fen))).isEqualTo(fen);
        }
    }
}
