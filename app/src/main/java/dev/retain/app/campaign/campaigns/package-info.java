/**
 * Campaigns with a randomised holdout and their uplift (SPEC R7.2, R4.5; issue 15 point 2): a target rule in CEL over
 * the customers' rule facts, offers, a channel, a holdout share, a budget and a schedule; runs that add members, each
 * drawn for good into treated or holdout; the holdout enforced at send time through notify's contact policy
 * ({@link dev.retain.app.campaign.campaigns.CampaignHoldoutVeto}); responses and conversions; the uplift in retention
 * rate and retained revenue against the holdout with 95 % confidence intervals
 * ({@link dev.retain.app.campaign.campaigns.Campaigns}).
 */
package dev.retain.app.campaign.campaigns;
