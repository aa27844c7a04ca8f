package dev.retain.app.merchant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One assessment of a merchant for a quarter: each item's score, the weighted total, the grade, who made it and when.
 * {@code version} counts the assessments of that quarter; {@code current}: the newest, the one in force.
 */
public record MerchantAssessment(long id, long merchantId, String merchantCode, String merchantName, String period, int version,
                                 boolean current, BigDecimal total, String grade, String note, Instant assessedAt, String assessedBy,
                                 List<Score> scores) {

    /**
     * An item's score with its weight then; {@code source} entered or computed; {@code basis} the facts a computed
     * score came from ({@code name=value;…}, e.g. {@code complaints=2;per=10}), null for an entered one.
     */
    public record Score(String item, int weight, BigDecimal score, String source, String basis) {

        /** The basis's values in order, for the page's message {@code merchant.assessment.basis.<item>}. */
        public Object[] basisValues() {
            if (basis == null || basis.isBlank()) return new Object[0];
            return java.util.Arrays.stream(basis.split(";")).map(p -> p.substring(p.indexOf('=') + 1)).toArray();
        }
    }
}
