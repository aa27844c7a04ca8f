package dev.retain.app.campaign.campaigns;

/**
 * A campaign change or run refused for a reason the user can fix: {@code code} is a message key
 * ({@code campaigns.error.*}), {@code field} the form field it belongs to (null: the whole form), {@code detail} text
 * to show as it is (CEL's own error for a target rule).
 */
public class CampaignRefused extends RuntimeException {

    private final String code;
    private final String field;
    private final transient Object[] args;

    public CampaignRefused(String code, String field, Object... args) {
        super(code);
        this.code = code;
        this.field = field;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
