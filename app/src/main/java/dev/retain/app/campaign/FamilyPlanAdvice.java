package dev.retain.app.campaign;

import dev.retain.app.campaign.internal.CampaignSettings;
import dev.retain.app.campaign.internal.TariffReadModel;
import dev.retain.app.security.PersonalData;
import dev.retain.engine.tariff.FamilyPlanDetector;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family-plan detection for one customer (SPEC R7.5) over the engine's {@link FamilyPlanDetector}: the months end with
 * the customer's newest month of usage; the numbers leave masked.
 */
@Service
public class FamilyPlanAdvice {

    private final TariffReadModel reads;
    private final CampaignSettings settings;

    FamilyPlanAdvice(TariffReadModel reads, CampaignSettings settings) {
        this.reads = reads;
        this.settings = settings;
    }

    /** Empty when the number is not a subscriber or has no usage on file. */
    @Transactional(readOnly = true)
    public Optional<FamilyPlanView> of(String msisdn) {
        var customer = reads.customer(msisdn);
        Optional<YearMonth> asOf = reads.newestMonth(msisdn);
        if (customer.isEmpty() || asOf.isEmpty()) return Optional.empty();
        FamilyPlanDetector.Thresholds t = new FamilyPlanDetector.Thresholds(settings.familyMinCalls(), settings.familyMonths(),
                settings.familyMinTenureMonths());
        YearMonth last = asOf.get();
        var joined = customer.get().joinDate();
        List<FamilyPlanView.Candidate> candidates = FamilyPlanDetector
                .candidates(joined, last, reads.peers(msisdn, last.minusMonths(t.months() - 1L), last), t).stream()
                .map(c -> new FamilyPlanView.Candidate(PersonalData.maskMsisdn(c.peer()), c.operator(), c.calls()))
                .toList();
        int tenure = joined == null ? 0 : FamilyPlanDetector.tenureMonths(joined, last);
        return Optional.of(new FamilyPlanView(last.toString(), tenure, t.minTenureMonths(), t.minCalls(), t.months(), candidates));
    }
}
