package dev.retain.app.merchant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The assessment's arithmetic (SPEC R11.4), pure: every score is 0-100 with two decimals, rounded half up.
 * <ul>
 * <li>complaints: 100 minus {@code pointsPer} for each complaint about the merchant taken in during the quarter, at least 0;</li>
 * <li>redemptions: the merchant's counter activity, {@code 100 × redemptions / full} (not refunded, any kind), at most 100;</li>
 * <li>satisfaction: the average of the callbacks' 1-5 satisfaction × 20 (5 is 100);</li>
 * <li>the total: Σ weight × score / 100 over the five items (the weights add up to 100);</li>
 * <li>the grade: the best grade whose minimum the total reaches.</li>
 * </ul>
 */
final class AssessmentScoring {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AssessmentScoring() {
    }

    static BigDecimal complaints(int complaints, int pointsPer) {
        return scaled(BigDecimal.valueOf(Math.max(0L, 100L - (long) complaints * pointsPer)));
    }

    static BigDecimal redemptions(int redemptions, int full) {
        BigDecimal score = BigDecimal.valueOf(redemptions).multiply(HUNDRED).divide(BigDecimal.valueOf(full), 2, RoundingMode.HALF_UP);
        return score.min(scaled(HUNDRED));
    }

    /** Null when no callback gave a satisfaction. */
    static BigDecimal satisfaction(List<Integer> callbacks) {
        if (callbacks.isEmpty()) return null;
        long sum = callbacks.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum * 20).divide(BigDecimal.valueOf(callbacks.size()), 2, RoundingMode.HALF_UP);
    }

    /** The callbacks' average satisfaction on the 1-5 scale, two decimals (the basis shown beside the score). */
    static BigDecimal average(List<Integer> callbacks) {
        long sum = callbacks.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(callbacks.size()), 2, RoundingMode.HALF_UP);
    }

    /** Σ weight × score / 100; {@code scores} and {@code weights} by item code. */
    static BigDecimal total(Map<String, BigDecimal> scores, Map<String, Integer> weights) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> s : scores.entrySet()) {
            sum = sum.add(s.getValue().multiply(BigDecimal.valueOf(weights.get(s.getKey()))));
        }
        return sum.divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** The first grade (best first) whose minimum the total reaches; the last grade's minimum is 0. */
    static String grade(BigDecimal total, List<AssessmentScheme.Threshold> bestFirst) {
        return bestFirst.stream().filter(t -> total.compareTo(t.minTotal()) >= 0).map(AssessmentScheme.Threshold::grade).findFirst()
                .orElse(bestFirst.get(bestFirst.size() - 1).grade());
    }

    /** An entered score: 0-100 with at most two decimals, else null. */
    static BigDecimal entered(BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0 || value.stripTrailingZeros().scale() > 2) return null;
        return scaled(value);
    }

    static BigDecimal scaled(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
