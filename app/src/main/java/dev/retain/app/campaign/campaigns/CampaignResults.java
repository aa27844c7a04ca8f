package dev.retain.app.campaign.campaigns;

import java.time.YearMonth;
import java.util.Map;

/**
 * A campaign's results: members, responses and conversions per group, its messages by state, and — once the measure
 * month's cycle has landed ({@code measured}) — the uplift against the holdout in retention rate and in retained revenue
 * per member (the measure month's bill of a retained member, 0 otherwise), each with its 95 % interval (null when a group
 * has fewer than two members). {@code incrementalRevenue} is the revenue uplift times the treated members.
 */
public record CampaignResults(long campaignId, YearMonth measureMonth, boolean measured, long treated, long holdout,
                              long treatedResponded, long holdoutResponded, long treatedConverted, long holdoutConverted,
                              long treatedRetained, long holdoutRetained, Map<String, Long> messages, Uplift retention, Uplift revenue,
                              Uplift incrementalRevenue) {
}
