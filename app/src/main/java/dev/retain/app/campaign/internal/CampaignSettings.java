package dev.retain.app.campaign.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tariff and family-plan advice ({@code retain.campaign}): the calculator compares the last {@code tariff-months}
 * months of usage; a customer is price-sensitive when a plan at least {@code cheaper-percent} % cheaper fits, or when the
 * bill fell by at least {@code bill-fall-percent} % while the minutes did not (SPEC R4.3). Family plans (R7.5): one
 * other-operator number called at least {@code family-min-calls} times in each of {@code family-months} months, after
 * {@code family-min-tenure-months} months of tenure. A self-service link lasts {@code link-days} days; at most
 * {@code links-per-customer-per-day} are sent to one customer in 24 hours. {@code public-base-url} (e.g.
 * {@code https://retain.example.cn}, no trailing slash) is where the links point; empty: the sending request's own base.
 */
@ConfigurationProperties("retain.campaign")
public record CampaignSettings(
        @DefaultValue("3") int tariffMonths,
        @DefaultValue("10") int cheaperPercent,
        @DefaultValue("10") int billFallPercent,
        @DefaultValue("10") int familyMinCalls,
        @DefaultValue("2") int familyMonths,
        @DefaultValue("12") int familyMinTenureMonths,
        @DefaultValue("7") int linkDays,
        @DefaultValue("3") int linksPerCustomerPerDay,
        @DefaultValue("") String publicBaseUrl) {

    public CampaignSettings {
        if (tariffMonths < 1 || tariffMonths > 12) throw new IllegalArgumentException("retain.campaign.tariff-months: 1..12");
        if (cheaperPercent < 0 || cheaperPercent > 100) throw new IllegalArgumentException("retain.campaign.cheaper-percent: 0..100");
        if (billFallPercent < 0 || billFallPercent > 100) throw new IllegalArgumentException("retain.campaign.bill-fall-percent: 0..100");
        if (familyMinCalls < 1) throw new IllegalArgumentException("retain.campaign.family-min-calls: ≥ 1");
        if (familyMonths < 1 || familyMonths > 12) throw new IllegalArgumentException("retain.campaign.family-months: 1..12");
        if (familyMinTenureMonths < 0) throw new IllegalArgumentException("retain.campaign.family-min-tenure-months: ≥ 0");
        if (linkDays < 1 || linkDays > 30) throw new IllegalArgumentException("retain.campaign.link-days: 1..30");
        if (linksPerCustomerPerDay < 1) throw new IllegalArgumentException("retain.campaign.links-per-customer-per-day: ≥ 1");
        if (publicBaseUrl != null && !publicBaseUrl.isEmpty() && !publicBaseUrl.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new IllegalArgumentException("retain.campaign.public-base-url: an http(s) URL");
        }
    }
}
