package dev.retain.engine.tariff;

import dev.retain.engine.value.Plan;
import java.util.List;

/**
 * What one plan would have charged for each of the months (fee plus overage, fen, in the months' order), their total
 * and their mean rounded half up to the fen.
 */
public record PlanBill(Plan plan, List<Long> monthlyFen, long totalFen) {

    public PlanBill {
        monthlyFen = List.copyOf(monthlyFen);
    }

    public long averageFen() {
        return TariffCalculator.mean(totalFen, monthlyFen.size());
    }
}
