package dev.retain.app.campaign.campaigns;

import java.time.YearMonth;

/**
 * What one run did: the facts' month, customers the rule matched, members added (of them treated), matched customers
 * left out because the budget was spent, messages queued and call tasks opened for the new treated members.
 */
public record CampaignRunResult(long runId, YearMonth factsMonth, int matched, int added, int treated, int overBudget, int messages,
                                int tasks) {
}
