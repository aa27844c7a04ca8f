package dev.retain.engine.tariff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a customer is price-sensitive (SPEC R4.3, the yellow zone's playbook): either a plan at least
 * {@code cheaperPercent} % cheaper than the baseline fits their usage (the calculator's recommendation saves that share),
 * or their bill fell by at least {@code billFallPercent} % from one month to the next while their outgoing minutes did
 * not fall (the newest two of the months: the customer pays less for as much talk — moved to a cheaper plan or a
 * competitor's card for part of their spend).
 */
public final class PriceSensitivity {

    /** Why a customer counts as price-sensitive. */
    public enum Reason { CHEAPER_PLAN_FITS, BILL_FELL_MINUTES_DID_NOT }

    /** The thresholds, whole percent 0..100 (defaults 10 and 10). */
    public record Thresholds(int cheaperPercent, int billFallPercent) {
        public static final Thresholds DEFAULT = new Thresholds(10, 10);

        public Thresholds {
            if (cheaperPercent < 0 || cheaperPercent > 100 || billFallPercent < 0 || billFallPercent > 100) {
                throw new IllegalArgumentException("percentages run from 0 to 100");
            }
        }
    }

    private PriceSensitivity() {
    }

    /**
     * The reasons (empty: not price-sensitive). {@code monthsOldestFirst} are the months the comparison was made on, in
     * calendar order; the bill criterion reads the last two of them.
     */
    public static Set<Reason> reasons(TariffComparison comparison, List<UsageMonth> monthsOldestFirst, Thresholds t) {
        Set<Reason> reasons = EnumSet.noneOf(Reason.class);
        if (comparison.recommended().isPresent() && comparison.baselineFen() > 0
                && comparison.savingFen() * 100 >= (long) t.cheaperPercent() * comparison.baselineFen()) {
            reasons.add(Reason.CHEAPER_PLAN_FITS);
        }
        int n = monthsOldestFirst.size();
        if (n >= 2) {
            UsageMonth before = monthsOldestFirst.get(n - 2);
            UsageMonth last = monthsOldestFirst.get(n - 1);
            boolean billFell = last.billFen() < before.billFen()
                    && (before.billFen() - last.billFen()) * 100 >= (long) t.billFallPercent() * before.billFen();
            if (billFell && last.voiceMinutes() >= before.voiceMinutes()) reasons.add(Reason.BILL_FELL_MINUTES_DID_NOT);
        }
        return reasons;
    }
}
