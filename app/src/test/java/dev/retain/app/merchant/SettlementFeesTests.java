package dev.retain.app.merchant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fee arithmetic in whole fen: a share rounded half up on each line, refunds as the exact negative, the month's minimum and cap. */
class SettlementFeesTests {

    @Test
    void aLineFeeIsTheFeeEachPlusTheShareRoundedHalfUpToTheFen() {
        ContractRule rule = new ContractRule("redemption", 100, 250, null, null); // 1.00 yuan + 2.5%
        assertThat(SettlementFees.lineFee(rule, 4_500, 1)).isEqualTo(100 + 113);   // 112.5 fen rounds up
        assertThat(SettlementFees.lineFee(rule, 4_499, 1)).isEqualTo(100 + 112);   // 112.475 rounds down
        assertThat(SettlementFees.lineFee(rule, 0, 1)).isEqualTo(100);
        assertThat(SettlementFees.lineFee(rule, 4_500, -1)).isEqualTo(-213);       // a refund gives the same fee back
        assertThat(SettlementFees.lineFee(ContractRule.free("experience"), 12_345, 1)).isZero();
        assertThat(SettlementFees.lineFee(new ContractRule("consumption", 0, 10_000, null, null), 12_345, 1)).isEqualTo(12_345);
        assertThatThrownBy(() -> SettlementFees.lineFee(rule, -1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SettlementFees.lineFee(rule, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMonthsFeeIsCappedAndHasAMinimumOnlyWhenTheMonthHadRedemptions() {
        ContractRule rule = new ContractRule("redemption", 0, 500, 1_000L, 5_000L);
        assertThat(SettlementFees.categoryFee(rule, 3_000, 4)).isEqualTo(3_000);
        assertThat(SettlementFees.categoryFee(rule, 7_000, 9)).isEqualTo(5_000);  // capped
        assertThat(SettlementFees.categoryFee(rule, 300, 1)).isEqualTo(1_000);    // the minimum
        assertThat(SettlementFees.categoryFee(rule, 0, 0)).isZero();              // no redemptions: no minimum
        assertThat(SettlementFees.categoryFee(rule, -400, 0)).isEqualTo(-400);    // only refunds: their fees back
        assertThat(SettlementFees.categoryFee(ContractRule.free("redemption"), 123, 1)).isEqualTo(123);
    }

    @Test
    void refundsUndoTheirRedemptionsExactlyWhateverTheValues() {
        SplittableRandom random = new SplittableRandom(20261014L);
        for (int i = 0; i < 10_000; i++) {
            ContractRule rule = new ContractRule("redemption", random.nextLong(0, 10_000), random.nextInt(0, 10_001), null, null);
            long value = random.nextLong(0, 100_000_000L);
            long fee = SettlementFees.lineFee(rule, value, 1);
            assertThat(fee + SettlementFees.lineFee(rule, value, -1)).isZero();
            // the share never strays more than half a fen from the exact product
            long twice = 2 * (fee - rule.feePerRedemptionFen()) * 10_000 - 2 * value * rule.shareBp();
            assertThat(Math.abs(twice)).isLessThanOrEqualTo(10_000);
        }
    }
}
