package dev.retain.app.campaign.campaigns;

import dev.retain.app.core.Refusal;

/**
 * A campaign change or run refused for a reason the user can fix: {@code code} is a message key
 * ({@code campaigns.error.*}), {@code field} the form field it belongs to (null: the whole form), the arguments text
 * to show as it is (CEL's own error for a target rule).
 */
public class CampaignRefused extends Refusal {

    public CampaignRefused(String code, String field, Object... args) {
        super(code, field, args);
    }
}
