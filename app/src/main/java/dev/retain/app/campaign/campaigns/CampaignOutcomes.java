package dev.retain.app.campaign.campaigns;

import dev.retain.app.campaign.campaigns.CampaignOutcomeReadModel.GroupOutcome;
import dev.retain.app.campaign.campaigns.CampaignOutcomeReadModel.GroupResponses;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A campaign's results ({@link CampaignResults}). The measure window closes with the cycle of the measure month: the
 * {@code retain.campaign.measure-months-after-end}-th month (default 1: the first cycle month after the end month);
 * before that cycle has landed the uplift is not shown (a month without the cycle would count everyone as gone).
 */
@Service
public class CampaignOutcomes {

    private static final GroupOutcome NONE = new GroupOutcome(0, 0, 0, 0);
    private static final GroupResponses NO_RESPONSES = new GroupResponses(0, 0);

    private final Campaigns campaigns;
    private final CampaignOutcomeReadModel outcomes;
    private final int monthsAfterEnd;

    CampaignOutcomes(Campaigns campaigns, CampaignOutcomeReadModel outcomes,
                     @Value("${retain.campaign.measure-months-after-end:1}") int monthsAfterEnd) {
        if (monthsAfterEnd < 1 || monthsAfterEnd > 12) throw new IllegalArgumentException("retain.campaign.measure-months-after-end: 1..12");
        this.campaigns = campaigns;
        this.outcomes = outcomes;
        this.monthsAfterEnd = monthsAfterEnd;
    }

    public YearMonth measureMonth(CampaignView c) {
        return YearMonth.from(c.endsOn()).plusMonths(monthsAfterEnd);
    }

    public CampaignResults of(long campaignId) {
        return of(campaigns.get(campaignId));
    }

    /** The results of a campaign already read (a page that shows it too reads it once). */
    public CampaignResults of(CampaignView c) {
        long campaignId = c.id();
        YearMonth month = measureMonth(c);
        Map<String, GroupResponses> answered = outcomes.responses(campaignId);
        GroupResponses rT = answered.getOrDefault("treated", NO_RESPONSES);
        GroupResponses rH = answered.getOrDefault("holdout", NO_RESPONSES);
        Map<String, Long> messages = outcomes.messages(campaignId);
        if (!outcomes.cycled(month)) {
            return new CampaignResults(campaignId, month, false, c.treated(), c.holdout(), rT.responded(), rH.responded(), rT.converted(),
                    rH.converted(), 0, 0, messages, null, null, null);
        }
        Map<String, GroupOutcome> byGroup = outcomes.outcomes(campaignId, month);
        GroupOutcome t = byGroup.getOrDefault("treated", NONE);
        GroupOutcome h = byGroup.getOrDefault("holdout", NONE);
        Uplift retention = Uplift.ofRates(t.retained(), t.members(), h.retained(), h.members());
        Uplift revenue = Uplift.ofMeans(t.members(), t.revenue(), t.revenueSquares(), h.members(), h.revenue(), h.revenueSquares());
        Uplift total = revenue == null ? null : new Uplift(revenue.treated() * t.members(), revenue.holdout() * t.members(),
                revenue.estimate() * t.members(), revenue.low() * t.members(), revenue.high() * t.members());
        return new CampaignResults(campaignId, month, true, t.members(), h.members(), rT.responded(), rH.responded(), rT.converted(),
                rH.converted(), t.retained(), h.retained(), messages, retention, revenue, total);
    }
}
