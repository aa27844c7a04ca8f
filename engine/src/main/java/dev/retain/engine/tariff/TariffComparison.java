package dev.retain.engine.tariff;

import java.util.List;
import java.util.Optional;

/**
 * Every plan's bill on the same months, cheapest first ({@code bills}); the customer's current plan's bill when the plan
 * is known ({@code current}); the baseline the saving is measured from: the current plan's mean bill, or, when the plan
 * is unknown, the mean of the bills actually charged; and the recommended plan, present only when it is cheaper than the
 * baseline.
 *
 * @param months how many months were compared (0: no usage, no advice)
 */
public record TariffComparison(int months, List<PlanBill> bills, Optional<PlanBill> current, long baselineFen,
                               Optional<PlanBill> recommended) {

    public TariffComparison {
        bills = List.copyOf(bills);
    }

    /** The monthly saving of the recommended plan against the baseline, fen; 0 without a recommendation. */
    public long savingFen() {
        return recommended.map(r -> baselineFen - r.averageFen()).orElse(0L);
    }

    /** The saving as a share of the baseline in whole percent, rounded down; 0 without one. */
    public int savingPercent() {
        if (baselineFen <= 0) return 0;
        return (int) (savingFen() * 100 / baselineFen);
    }

    public boolean hasUsage() {
        return months > 0;
    }
}
