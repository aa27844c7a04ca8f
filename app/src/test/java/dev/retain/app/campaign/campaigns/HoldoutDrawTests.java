package dev.retain.app.campaign.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The holdout draw: stable for the same campaign, period and number; another campaign or period draws afresh; uniform. */
class HoldoutDrawTests {

    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    @Test
    void theSameInputGivesTheSameDrawAndAnotherCampaignOrPeriodAnother() {
        double draw = HoldoutDraw.of(7, START, END, "13793100001");
        assertThat(HoldoutDraw.of(7, START, END, "13793100001")).isEqualTo(draw);
        assertThat(draw).isGreaterThanOrEqualTo(0).isLessThan(1);
        assertThat(HoldoutDraw.of(8, START, END, "13793100001")).isNotEqualTo(draw);
        assertThat(HoldoutDraw.of(7, START, END.plusDays(1), "13793100001")).isNotEqualTo(draw);
        assertThat(HoldoutDraw.of(7, START, END, "13793100002")).isNotEqualTo(draw);
    }

    /**
     * 100,000 consecutive numbers: the share drawn into a 10 % holdout is within 0.6 percentage points of 10 % (about
     * six standard errors: a fixed input, so this is deterministic), and each tenth of [0, 1) holds about a tenth.
     */
    @Test
    void drawsAreUniformOverConsecutiveNumbers() {
        int n = 100_000;
        int holdout = 0;
        int[] deciles = new int[10];
        for (int i = 0; i < n; i++) {
            double d = HoldoutDraw.of(42, START, END, "1379310" + String.format("%04d", i % 10_000) + (i / 10_000));
            if (HoldoutDraw.holdout(d, 0.1)) holdout++;
            deciles[(int) (d * 10)]++;
        }
        assertThat(holdout / (double) n).isBetween(0.094, 0.106);
        for (int count : deciles) assertThat(count).isBetween(9_400, 10_600);
    }
}
