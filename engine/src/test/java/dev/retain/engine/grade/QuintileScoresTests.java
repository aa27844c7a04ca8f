package dev.retain.engine.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class QuintileScoresTests {

    private static boolean[] all(int n) {
        boolean[] b = new boolean[n];
        Arrays.fill(b, true);
        return b;
    }

    @Test
    void tenDistinctValuesFallTwoToAFifth() {
        double[] v = {7, 1, 10, 4, 2, 9, 3, 8, 5, 6};
        // ⌈5 × rank / 10⌉: 1,2 → 1; 3,4 → 2; 5,6 → 3; 7,8 → 4; 9,10 → 5
        assertThat(QuintileScores.of(v, all(10))).containsExactly(4, 1, 5, 2, 1, 5, 2, 4, 3, 3);
    }

    @Test
    void tiedValuesShareTheHighestScoreTheirGroupReaches() {
        // four in five tied at the best value: all of them are in the top fifth's company
        assertThat(QuintileScores.of(new double[] {1, 1, 0, 1, 1}, all(5))).containsExactly(5, 5, 1, 5, 5);
        // four tied at the bottom reach the fourth fifth
        assertThat(QuintileScores.of(new double[] {0, 0, 0, 0, 9}, all(5))).containsExactly(4, 4, 4, 4, 5);
        assertThat(QuintileScores.of(new double[] {3, 3, 3}, all(3))).as("nobody to tell apart").containsExactly(5, 5, 5);
    }

    @Test
    void smallPopulationsAreScoredTheSameWay() {
        assertThat(QuintileScores.of(new double[] {42}, all(1))).containsExactly(5);
        assertThat(QuintileScores.of(new double[] {1, 2}, all(2))).containsExactly(3, 5);
        assertThat(QuintileScores.of(new double[0], new boolean[0])).isEmpty();
    }

    @Test
    void excludedEntriesScoreZeroAndDoNotCount() {
        double[] v = {100, 1, 2, 3, 4, 5};
        boolean[] in = {false, true, true, true, true, true};
        assertThat(QuintileScores.of(v, in)).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void exactFifthsDoNotRoundUp() {
        assertThat(QuintileScores.score(1, 5)).isEqualTo((byte) 1);
        assertThat(QuintileScores.score(2, 10)).isEqualTo((byte) 1);
        assertThat(QuintileScores.score(3, 10)).isEqualTo((byte) 2);
        assertThat(QuintileScores.score(1_000_000, 1_000_000)).isEqualTo((byte) 5);
    }

    @Test
    void theCutsGiveTheScoreOfTheDefinitionWithManyTies() {
        java.util.Random random = new java.util.Random(16);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(60);
            double[] v = new double[n];
            boolean[] in = new boolean[n];
            for (int i = 0; i < n; i++) {
                v[i] = random.nextInt(1 + random.nextInt(8)); // few distinct values: ties everywhere
                in[i] = random.nextInt(5) > 0;
            }
            long base = 0;
            for (boolean b : in) if (b) base++;
            byte[] scores = QuintileScores.of(v, in);
            for (int i = 0; i < n; i++) {
                if (!in[i]) {
                    assertThat(scores[i]).isZero();
                    continue;
                }
                long atMost = 0;
                for (int j = 0; j < n; j++) if (in[j] && v[j] <= v[i]) atMost++;
                assertThat(scores[i]).as("round %d, entry %d", round, i).isEqualTo(QuintileScores.score(atMost, base));
            }
        }
    }

    @Test
    void aMaskOfAnotherLengthOrANanIsRefused() {
        assertThatThrownBy(() -> QuintileScores.of(new double[2], new boolean[3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuintileScores.of(new double[] {Double.NaN}, all(1))).hasMessageContaining("NaN");
    }

    @Test
    void cutsFromDistinctValueCountsEqualTheCutsOfTheValues() {
        java.util.Random random = new java.util.Random(17);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(60);
            double[] v = new double[n];
            boolean[] in = new boolean[n];
            java.util.TreeMap<Double, Long> counts = new java.util.TreeMap<>();
            long included = 0;
            for (int i = 0; i < n; i++) {
                v[i] = random.nextInt(round % 3 == 0 ? 3 : 40) - 5; // few distinct values in some rounds: long ties
                in[i] = random.nextInt(5) > 0;
                if (in[i]) {
                    counts.merge(v[i], 1L, Long::sum);
                    included++;
                }
            }
            double[] direct = QuintileScores.cuts(v, in);
            double[] counted = QuintileScores.cutsFromCounts(included, counts.entrySet().iterator());
            assertThat(counted).as("round %d", round).containsExactly(direct);
            assertThat(QuintileScores.apply(v, in, counted)).isEqualTo(QuintileScores.of(v, in));
        }
    }

    @Test
    void countsThatFallShortOfTheirTotalAreRefused() {
        var counts = new java.util.TreeMap<>(java.util.Map.of(1.0, 2L));
        assertThatThrownBy(() -> QuintileScores.cutsFromCounts(10, counts.entrySet().iterator()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("less than 10");
    }
}
