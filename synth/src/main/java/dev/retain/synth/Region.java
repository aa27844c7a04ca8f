package dev.retain.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A city-level region: its pinyin code, the short code used in manager ids, its Chinese
 * name (for company names), its share of the province's subscribers and its branches.
 */
record Region(int index, String code, String shortCode, String chineseName, double share, List<String> branches,
              double[] branchCumulative) {

    static Region of(int index, String code, String shortCode, String chineseName, double share,
                     String... districts) {
        // Central districts come first in each list and are busier: weights fall off like 1/(i+2).
        double[] weights = new double[districts.length];
        String[] branches = new String[districts.length];
        for (int i = 0; i < districts.length; i++) {
            weights[i] = 1.0 / (i + 2);
            branches[i] = code + "-" + districts[i];
        }
        return new Region(index, code, shortCode, chineseName, share, List.of(branches), Rngs.cumulative(weights));
    }

    String pickBranch(SplittableRandom rng) {
        return branches.get(Rngs.pick(rng, branchCumulative));
    }
}
