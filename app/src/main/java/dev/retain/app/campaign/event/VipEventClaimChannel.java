package dev.retain.app.campaign.event;

/** How a claim came: a customer's SMS with the keyword, a prepay order from BOSS or customer service, or staff. */
public enum VipEventClaimChannel {
    SMS, PREPAY, STAFF;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static VipEventClaimChannel of(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
