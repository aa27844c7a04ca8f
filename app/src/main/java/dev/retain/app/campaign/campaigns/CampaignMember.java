package dev.retain.app.campaign.campaigns;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A campaign's member: canonical number, group ({@code treated}, {@code holdout}) and its draw, value at risk when added,
 * the budget reserved, the outbox message or call task that contacted a treated member, or why neither.
 */
public record CampaignMember(String msisdn, String group, double draw, BigDecimal valueAtRisk, BigDecimal reserved, Instant addedAt,
                             Long messageId, String taskId, String contactRefused) {
}
