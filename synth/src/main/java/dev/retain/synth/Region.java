package dev.retain.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A city-level region: its pinyin code, the short code used in manager ids, its Chinese
 * name (for company names; the city's display name is it with 市), its English name, its
 * share of the province's subscribers and its branches (区县), whose codes are
 * {@code region-district}.
 */
record Region(int index, String code, String shortCode, String chineseName, String englishName, double share,
              List<District> districts, List<String> branches, double[] branchCumulative) {

    /** A county-level district of a region: pinyin code, Chinese and English name. */
    record District(String code, String nameZh, String nameEn) {
    }

    static District d(String code, String nameZh, String nameEn) {
        return new District(code, nameZh, nameEn);
    }

    static Region of(int index, String code, String shortCode, String chineseName, String englishName, double share,
                     District... districts) {
        // Central districts come first in each list and are busier: weights fall off like 1/(i+2).
        double[] weights = new double[districts.length];
        String[] branches = new String[districts.length];
        for (int i = 0; i < districts.length; i++) {
            weights[i] = 1.0 / (i + 2);
            branches[i] = branchCode(code, districts[i]);
        }
        return new Region(index, code, shortCode, chineseName, englishName, share, List.of(districts), List.of(branches),
                Rngs.cumulative(weights));
    }

    static String branchCode(String region, District district) {
        return region + "-" + district.code();
    }

    /** The city's name as a screen shows it: 杭州市. */
    String cityName() {
        return chineseName + "市";
    }

    String pickBranch(SplittableRandom rng) {
        return branches.get(Rngs.pick(rng, branchCumulative));
    }
}
