package dev.retain.app.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Contact frequency per manager (issue 11 points 7 and 8) for a period ending {@code today}:
 * each manager's customers by tier, how many were contacted within their tier's target as of
 * today, the share contacted in the period, and how many are over the target. The definition of
 * "contacted" is docs/contact-frequency.md's. {@code targetDays} by tier code (diamond, gold,
 * silver); a tier without a target (none, or a setting of 0) counts in the customers only.
 */
public record ContactFrequencyReport(ContactPeriod period, LocalDate firstDay, LocalDate today, Map<String, Integer> targetDays,
                                     List<ManagerRow> managers, ManagerRow total) {

    /** The tiers shown, highest first; "none" is a programme customer without a card. */
    public static final List<String> TIERS = List.of("diamond", "gold", "silver", "none");

    /** One manager's figures ({@code managerId} null on the total row). */
    public record ManagerRow(String managerId, String name, String role, String region, Map<String, Long> customersByTier,
                             long customers, long withTarget, long withinTarget, long contactedInPeriod, long overTarget) {

        /** The share of the manager's customers contacted in the period, in percent with two decimals (the seed's 78.47 %). */
        public double contactedShare() {
            return customers == 0 ? 0 : Math.round(10_000.0 * contactedInPeriod / customers) / 100.0;
        }

        public long tier(String tier) {
            return customersByTier.getOrDefault(tier, 0L);
        }
    }
}
