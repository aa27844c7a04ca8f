package dev.retain.app.campaign;

import dev.retain.app.campaign.TariffAdviceView.PlanLine;
import dev.retain.app.campaign.internal.CampaignSettings;
import dev.retain.app.campaign.internal.TariffReadModel;
import dev.retain.engine.tariff.PlanBill;
import dev.retain.engine.tariff.PriceSensitivity;
import dev.retain.engine.tariff.TariffCalculator;
import dev.retain.engine.tariff.TariffComparison;
import dev.retain.engine.tariff.UsageMonth;
import dev.retain.engine.value.Plan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tariff calculator for one customer (SPEC R7.4): the plans, the customer's plan and their last months of usage
 * (settings, default 3) go to the engine's {@link TariffCalculator}; {@link PriceSensitivity} says whether the customer
 * counts as price-sensitive (R4.3). A customer without usage gets a view without months (and no advice).
 */
@Service
public class TariffAdvice {

    private final TariffReadModel reads;
    private final CampaignSettings settings;

    TariffAdvice(TariffReadModel reads, CampaignSettings settings) {
        this.reads = reads;
        this.settings = settings;
    }

    /** The advice for a subscriber (canonical MSISDN); empty when the number is not a subscriber. */
    @Transactional(readOnly = true)
    public Optional<TariffAdviceView> of(String msisdn) {
        return reads.customer(msisdn).map(c -> {
            List<UsageMonth> months = reads.lastUsage(msisdn, settings.tariffMonths());
            List<Plan> plans = reads.plans();
            TariffComparison comparison = TariffCalculator.compare(months, plans, c.planId());
            Set<PriceSensitivity.Reason> reasons = PriceSensitivity.reasons(comparison, months,
                    new PriceSensitivity.Thresholds(settings.cheaperPercent(), settings.billFallPercent()));
            String recommendedId = comparison.recommended().map(b -> b.plan().id()).orElse(null);
            List<PlanLine> lines = comparison.bills().stream().map(b -> line(b, c.planId(), recommendedId)).toList();
            PlanLine current = lines.stream().filter(PlanLine::current).findFirst().orElse(null);
            PlanLine recommended = lines.stream().filter(PlanLine::recommended).findFirst().orElse(null);
            return new TariffAdviceView(months.stream().map(UsageMonth::month).toList(), lines, current, cny(comparison.baselineFen()),
                    recommended, cny(comparison.savingFen()), comparison.savingPercent(),
                    reasons.stream().map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
        });
    }

    /** Whether a plan at least the settings' share cheaper fits, or the bill fell while the minutes did not. */
    @Transactional(readOnly = true)
    public boolean priceSensitive(String msisdn) {
        return of(msisdn).map(TariffAdviceView::priceSensitive).orElse(false);
    }

    private static PlanLine line(PlanBill b, String currentId, String recommendedId) {
        return new PlanLine(b.plan().id(), b.plan().name(), cny(b.plan().monthlyFeeFen()), cny(b.averageFen()),
                b.plan().id().equals(currentId), b.plan().id().equals(recommendedId));
    }

    static BigDecimal cny(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
