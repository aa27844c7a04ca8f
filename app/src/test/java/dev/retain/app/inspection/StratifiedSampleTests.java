package dev.retain.app.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sample's arithmetic by hand: proportional shares by largest remainders, the minimum, the caps, and the seed. */
class StratifiedSampleTests {

    private static Map<String, Integer> sizes(Object... keyAndSize) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < keyAndSize.length; i += 2) m.put((String) keyAndSize[i], (Integer) keyAndSize[i + 1]);
        return m;
    }

    @Test
    void sharesAreProportionalAndTheMinimumLiftsASmallStratum() {
        // 20 of 100: exactly 10, 6, 3 and 1; the minimum 2 lifts d to 2, so 21 are drawn
        assertThat(StratifiedSample.allocate(sizes("a", 50, "b", 30, "c", 15, "d", 5), 20, 2))
                .containsExactly(Map.entry("a", 10), Map.entry("b", 6), Map.entry("c", 3), Map.entry("d", 2));
        // without a minimum the shares add up to the sample size exactly
        assertThat(StratifiedSample.allocate(sizes("a", 50, "b", 30, "c", 15, "d", 5), 20, 0).values().stream().mapToInt(i -> i).sum())
                .isEqualTo(20);
    }

    @Test
    void largestRemaindersRoundAndTiesGoByKey() {
        // 5 of 3 + 3 + 4: exactly 1.5, 1.5 and 2.0; the one left goes to the first of the two halves by key
        assertThat(StratifiedSample.allocate(sizes("b", 3, "a", 3, "c", 4), 5, 0))
                .containsExactly(Map.entry("a", 2), Map.entry("b", 1), Map.entry("c", 2));
        // 4 of 7 + 2 + 1: exactly 2.8, 0.8 and 0.4 → 2 + 0 + 0; the two left go to the remainders 0.8 and 0.8, not to 0.4
        assertThat(StratifiedSample.allocate(sizes("x", 7, "y", 2, "z", 1), 4, 0))
                .containsExactly(Map.entry("x", 3), Map.entry("y", 1), Map.entry("z", 0));
    }

    @Test
    void aStratumNeverGivesMoreThanItHasAndASampleAsLargeAsThePopulationTakesEveryone() {
        assertThat(StratifiedSample.allocate(sizes("big", 99, "one", 1), 10, 3)).containsExactly(Map.entry("big", 10), Map.entry("one", 1));
        assertThat(StratifiedSample.allocate(sizes("a", 4, "b", 2), 50, 0)).containsExactly(Map.entry("a", 4), Map.entry("b", 2));
    }

    private static List<StratifiedSample.Unit> population() {
        List<StratifiedSample.Unit> units = new ArrayList<>();
        String[] strata = {"gold/green", "gold/red", "silver/green", "silver/yellow"};
        int[] counts = {40, 7, 120, 33};
        for (int s = 0; s < strata.length; s++) {
            for (int i = 0; i < counts[s]; i++) units.add(new StratifiedSample.Unit(String.format("13795%d%05d", s, i), strata[s]));
        }
        return units;
    }

    @Test
    void theSameSeedDrawsTheSameSampleWhateverOrderTheCustomersCameIn() {
        List<StratifiedSample.Unit> units = population();
        List<StratifiedSample.Stratum> first = StratifiedSample.draw(units, 25, 2, 20261202L);
        List<StratifiedSample.Unit> shuffled = new ArrayList<>(units);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(StratifiedSample.draw(shuffled, 25, 2, 20261202L)).isEqualTo(first);

        // 25 of 200: exactly 5.0, 0.875, 15.0, 4.125 → 5, 0 + 1 (the largest remainder), 15, 4; the minimum lifts gold/red to 2: 26
        assertThat(first).extracting(StratifiedSample.Stratum::key, StratifiedSample.Stratum::size, StratifiedSample.Stratum::allocated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gold/green", 40, 5), org.assertj.core.groups.Tuple.tuple("gold/red", 7, 2),
                        org.assertj.core.groups.Tuple.tuple("silver/green", 120, 15), org.assertj.core.groups.Tuple.tuple("silver/yellow", 33, 4));
        for (StratifiedSample.Stratum s : first) {
            assertThat(s.drawn()).hasSize(s.allocated()).doesNotHaveDuplicates()
                    .allSatisfy(n -> assertThat(units).contains(new StratifiedSample.Unit(n, s.key())));
        }
    }

    @Test
    void anotherSeedDrawsOtherCustomers() {
        List<StratifiedSample.Unit> units = population();
        var a = new HashSet<String>();
        var b = new HashSet<String>();
        StratifiedSample.draw(units, 25, 2, 1L).forEach(s -> a.addAll(s.drawn()));
        StratifiedSample.draw(units, 25, 2, 2L).forEach(s -> b.addAll(s.drawn()));
        assertThat(a).hasSize(26).isNotEqualTo(b);
        assertThat(b).hasSize(26);
    }
}
