package dev.retain.app.campaign.campaigns;

import java.time.Instant;
import java.time.YearMonth;

/** A run as recorded ({@link CampaignRunResult} without the contacts). */
public record CampaignRun(long id, YearMonth factsMonth, Instant startedAt, String startedBy, int matched, int added, int treated,
                          int overBudget) {
}
