package dev.retain.app.campaign;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The tariff calculator's answer for one customer (SPEC R7.4), money in CNY: the months compared, every plan's mean bill
 * on them (cheapest first), the current plan's line (null when the customer's plan is unknown), the recommended plan (null:
 * none is cheaper than the baseline), the monthly saving and the reasons the customer counts as price-sensitive
 * ({@code cheaper_plan_fits}, {@code bill_fell_minutes_did_not}; R4.3).
 */
public record TariffAdviceView(List<String> months, List<PlanLine> plans, PlanLine current, BigDecimal baseline,
                               PlanLine recommended, BigDecimal savingPerMonth, int savingPercent, Set<String> priceSensitivity) {

    /** One plan: its fee and the mean of the bills it would have given on the months. */
    public record PlanLine(String planId, String name, BigDecimal monthlyFee, BigDecimal averageBill, boolean current,
                           boolean recommended) {
    }

    public TariffAdviceView {
        months = List.copyOf(months);
        plans = List.copyOf(plans);
        priceSensitivity = Set.copyOf(priceSensitivity);
    }

    public boolean hasUsage() {
        return !months.isEmpty();
    }

    public boolean priceSensitive() {
        return !priceSensitivity.isEmpty();
    }

    /** The {@code n} cheapest plans, and the current plan when it is not among them. */
    public List<PlanLine> cheapest(int n) {
        List<PlanLine> top = new java.util.ArrayList<>(plans.subList(0, Math.min(n, plans.size())));
        if (current != null && !top.contains(current)) top.add(current);
        return top;
    }

    public String firstMonth() {
        return months.isEmpty() ? null : months.get(0);
    }

    public String lastMonth() {
        return months.isEmpty() ? null : months.get(months.size() - 1);
    }
}
