package dev.retain.app.merchant;

import java.math.BigDecimal;
import java.util.List;

/**
 * The admin's assessment scheme (SPEC R11.4): the five items with their weights in percent (adding up to 100) and,
 * for the computed ones, their parameter (complaints: points off per complaint; redemptions: the redemptions in a
 * quarter that score 100); and the grade thresholds, best first (a total at or above a grade's minimum gets it).
 */
public record AssessmentScheme(List<Item> items, List<Threshold> thresholds) {

    /** The items in their order on pages and scorecards. */
    public static final List<String> ITEMS = List.of("service", "complaints", "redemptions", "satisfaction", "compliance");
    public static final List<String> GRADES = List.of("A", "B", "C", "D");

    public record Item(String code, int weight, Integer parameter) {

        /** Computed from the merchant's data (complaints, redemptions); satisfaction when callbacks gave one; else entered. */
        public boolean computed() {
            return code.equals("complaints") || code.equals("redemptions");
        }
    }

    public record Threshold(String grade, BigDecimal minTotal) {
    }

    public Item item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no assessment item " + code));
    }

    public BigDecimal minimumOf(String grade) {
        return thresholds.stream().filter(t -> t.grade().equals(grade)).map(Threshold::minTotal).findFirst()
                .orElseThrow(() -> new IllegalStateException("no threshold for grade " + grade));
    }
}
