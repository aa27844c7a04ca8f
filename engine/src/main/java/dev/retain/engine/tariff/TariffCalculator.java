package dev.retain.engine.tariff;

import dev.retain.engine.value.Plan;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The tariff calculator (资费测算, SPEC R7.4). A plan's bill for a month is its monthly fee plus the overage of that month's
 * usage at the plan's prices: minutes beyond the allowance × the price per minute, started MB beyond it × the price per
 * MB, SMS beyond it × the price per SMS. The plans are compared on the mean of these bills over the same months.
 *
 * <p><b>Fits</b>: the plan the calculator recommends is the one with the lowest mean bill on the customer's months (ties:
 * the lower monthly fee, then the plan id), and only when that mean is strictly below the baseline — the current plan's
 * mean bill on the same months, or the mean actually billed when the current plan is unknown. Overage is counted in, so a
 * small plan whose overage makes it dearer never fits; the customer's current plan never is the recommendation. The saving
 * is the baseline less the recommended plan's mean, per month.
 */
public final class TariffCalculator {

    private TariffCalculator() {
    }

    /** One plan's bill for one month: fee plus overage (fen). Saturates instead of overflowing. */
    public static long billFen(Plan plan, UsageMonth usage) {
        long overVoice = Math.max(0, usage.voiceMinutes() - plan.voiceMinutes());
        long overData = Math.max(0, usage.dataMbStarted() - plan.dataMb());
        long overSms = Math.max(0, usage.sms() - plan.sms());
        BigInteger bill = BigInteger.valueOf(plan.monthlyFeeFen())
                .add(BigInteger.valueOf(overVoice).multiply(BigInteger.valueOf(plan.overVoicePerMinFen())))
                .add(BigInteger.valueOf(overData).multiply(BigInteger.valueOf(plan.overDataPerMbFen())))
                .add(BigInteger.valueOf(overSms).multiply(BigInteger.valueOf(plan.overSmsFen())));
        return bill.bitLength() < 63 ? bill.longValue() : Long.MAX_VALUE;
    }

    /**
     * Compares every plan on the months (any order; the result keeps it). {@code currentPlanId} may be null or name a plan
     * not among {@code plans}.
     */
    public static TariffComparison compare(List<UsageMonth> months, Collection<Plan> plans, String currentPlanId) {
        if (months.isEmpty()) return new TariffComparison(0, List.of(), Optional.empty(), 0, Optional.empty());
        List<PlanBill> bills = new ArrayList<>();
        for (Plan plan : plans) {
            List<Long> monthly = months.stream().map(m -> billFen(plan, m)).toList();
            bills.add(new PlanBill(plan, monthly, sum(monthly)));
        }
        bills.sort(Comparator.comparingLong(PlanBill::totalFen)
                .thenComparingLong(b -> b.plan().monthlyFeeFen())
                .thenComparing(b -> b.plan().id()));
        Optional<PlanBill> current = bills.stream().filter(b -> b.plan().id().equals(currentPlanId)).findFirst();
        long baselineTotal = current.map(PlanBill::totalFen).orElseGet(() -> sum(months.stream().map(UsageMonth::billFen).toList()));
        long baseline = mean(baselineTotal, months.size());
        Optional<PlanBill> recommended = bills.isEmpty() ? Optional.empty() : Optional.of(bills.get(0))
                .filter(b -> !b.plan().id().equals(currentPlanId))
                .filter(b -> b.averageFen() < baseline);
        return new TariffComparison(months.size(), bills, current, baseline, recommended);
    }

    /** total / n rounded half up, fen. */
    static long mean(long totalFen, int n) {
        if (n == 0) return 0;
        return totalFen / n + ((totalFen % n) * 2 >= n ? 1 : 0);
    }

    private static long sum(List<Long> fen) {
        long total = 0;
        for (long f : fen) {
            total += f;
            if (total < 0) return Long.MAX_VALUE;
        }
        return total;
    }
}
