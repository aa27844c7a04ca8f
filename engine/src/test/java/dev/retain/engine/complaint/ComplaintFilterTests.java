package dev.retain.engine.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.retain.engine.value.Tier;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComplaintFilterTests {

    private final FilterWeights defaults = FilterWeights.defaults();

    @Test
    void aDiamondCustomerWithAHighBillWhoComplainedTwiceBeforeMustBeSolved() {
        // ROI 1.0×25, class 1.0×25, area 0.5×15, repeat 2/3×20, competition 0.2×15 over 100
        FilterResult r = ComplaintFilter.score(new FilterInput(320, Tier.DIAMOND, 0.5, 2, 0.2), defaults);
        assertThat(r.contributions().get(Principle.RETURN_ON_INVESTMENT)).isCloseTo(25.0, within(1e-9));
        assertThat(r.contributions().get(Principle.CUSTOMER_CLASS)).isCloseTo(25.0, within(1e-9));
        assertThat(r.contributions().get(Principle.AREA_IMPORTANCE)).isCloseTo(7.5, within(1e-9));
        assertThat(r.contributions().get(Principle.REPEAT_COUNT)).isCloseTo(40.0 / 3, within(1e-9));
        assertThat(r.contributions().get(Principle.COMPETITION)).isCloseTo(3.0, within(1e-9));
        assertThat(r.score()).isCloseTo(25 + 25 + 7.5 + 40.0 / 3 + 3, within(1e-9));
        assertThat(r.placement()).isEqualTo(Placement.MUST_SOLVE);
    }

    @Test
    void aFirstComplaintOfALowBillCustomerWithoutACardIsDeferred() {
        FilterResult r = ComplaintFilter.score(new FilterInput(20, Tier.NONE, 0.5, 0, 0), defaults);
        assertThat(r.score()).isCloseTo(2.5 + 7.5, within(1e-9));
        assertThat(r.placement()).isEqualTo(Placement.DEFER);
    }

    @Test
    void betweenTheThresholdsIsRegularAndTheBoundsAreInclusiveForMustSolveOnly() {
        assertThat(ComplaintFilter.placementOf(60, defaults)).isEqualTo(Placement.MUST_SOLVE);
        assertThat(ComplaintFilter.placementOf(59.99, defaults)).isEqualTo(Placement.REGULAR);
        assertThat(ComplaintFilter.placementOf(30, defaults)).isEqualTo(Placement.REGULAR);
        assertThat(ComplaintFilter.placementOf(29.99, defaults)).isEqualTo(Placement.DEFER);
    }

    @Test
    void theAdminsWeightsDecide_onlyRepeatsCounting_aThirdComplaintIsFull() {
        Map<Principle, Double> w = new EnumMap<>(Principle.class);
        for (Principle p : Principle.values()) w.put(p, 0.0);
        w.put(Principle.REPEAT_COUNT, 10.0);
        FilterWeights onlyRepeats = new FilterWeights(w, 60, 30, 200, 3, 30);
        FilterResult r = ComplaintFilter.score(new FilterInput(999, Tier.DIAMOND, 1, 3, 1), onlyRepeats);
        assertThat(r.score()).isCloseTo(100, within(1e-9));
        assertThat(r.contributions().get(Principle.CUSTOMER_CLASS)).isZero();
        assertThat(ComplaintFilter.score(new FilterInput(999, Tier.DIAMOND, 1, 1, 1), onlyRepeats).placement())
                .isEqualTo(Placement.REGULAR);
    }

    @Test
    void badWeightsAreRefusedNamingTheSetting() {
        Map<Principle, Double> w = new EnumMap<>(FilterWeights.defaults().weights());
        w.put(Principle.COMPETITION, 120.0);
        assertThatThrownBy(() -> new FilterWeights(w, 60, 30, 200, 3, 30)).hasMessageStartingWith("weight.competition:");
        assertThatThrownBy(() -> new FilterWeights(FilterWeights.defaults().weights(), 20, 30, 200, 3, 30))
                .hasMessageStartingWith("threshold:");
        Map<Principle, Double> zero = new EnumMap<>(Principle.class);
        for (Principle p : Principle.values()) zero.put(p, 0.0);
        assertThatThrownBy(() -> new FilterWeights(zero, 60, 30, 200, 3, 30)).hasMessageContaining("at least one principle");
        assertThatThrownBy(() -> new FilterWeights(FilterWeights.defaults().weights(), 60, 30, 200, 3, 0))
                .hasMessageStartingWith("repeat_window_days:");
    }
}
